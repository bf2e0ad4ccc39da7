package io.digestrepair.parser.render;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.SharedData;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.parser.digest.FieldSlot;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.digest.ParsedDigest;
import io.digestrepair.parser.format.DigestFormats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every field of every paper of real digests replaced with new English text, much of it hostile to
 * the format; reading the result gives back the new texts, and every other byte is unchanged.
 */
class RoundTripTest {

    /** New texts, cycled over the fields: newlines, Markdown and layout look-alikes, escapes. */
    private static final List<String> TEXTS = List.of(
            "A plain English summary.",
            "Uses *emphasis*, #hashtags, <tags>, back\\slashes and $x^2$ maths.",
            "First line.\nMethod: a line that looks like a label\nResult: another",
            "Paragraph one.\n\nKeywords: looks like another deployment's label\n\nParagraph three.",
            "Before.\n<details>\n  <summary>Details</summary>\n</details>\nAfter.",
            "Intro.\n### [9] [Fake paper](https://arxiv.org/abs/2501.00001)\n*Fake, Authors*\n# Fake heading",
            "Escapes already there:\n\\# kept\n\\\\* also kept\n\\plain backslash line",
            "* a bullet first\n- a dash\n> a quote\n<div id='x'></div>",
            "Quotes \" and ' and unicode — café, 中文, 😀.\nTabs\there.",
            "Ends with a backslash \\",
            "Abstract: not the abstract\nTL;DR: not the tldr\nMain category: not one");

    @ParameterizedTest
    @ValueSource(strings = {"md/2025-12-30.md", "md/2026-03-20.md", "md/2026-05-11.md", "md/2026-07-01.md",
            "jsonl/2026-05-11_AI_enhanced_Chinese.jsonl", "jsonl/2025-10-09_AI_enhanced_Chinese.jsonl"})
    void everyFieldReplacedComesBackAndNothingElseChanges(String name) throws IOException {
        Path file = SharedData.require(SharedData.corpus().resolve("daily-arxiv-ai-enhanced").resolve(name));
        byte[] source = Files.readAllBytes(file);
        DigestFormat format = name.endsWith(".md") ? DigestFormat.MARKDOWN : DigestFormat.JSONL;
        ParsedDigest original = DigestFormats.read(source, format);

        List<Edit> edits = new ArrayList<>();
        int k = 0;
        for (PaperEntry paper : original.papers()) {
            for (FieldName field : FieldName.values()) {
                edits.add(new Edit(paper.index(), field.key(), TEXTS.get(k++ % TEXTS.size()) + " #" + k));
            }
        }
        byte[] rendered = Renderer.render(original, edits);
        assertArrayEquals(rendered, Renderer.render(DigestFormats.readPositions(source, format), edits),
                "a render from positions only writes the same bytes");
        ParsedDigest again = DigestFormats.read(rendered, format);

        assertEquals(original.papers().size(), again.papers().size());
        assertEquals(original.problems(), again.problems());
        for (Edit edit : edits) {
            PaperEntry paper = again.papers().get(edit.index());
            String text = paper.field(FieldName.byKey(edit.field()).orElseThrow()).text();
            assertEquals(edit.text(), text, name + " paper " + edit.index() + " " + edit.field());
        }
        for (int i = 0; i < original.papers().size(); i++) {
            PaperEntry before = original.papers().get(i);
            PaperEntry after = again.papers().get(i);
            assertEquals(before.title(), after.title());
            assertEquals(before.url(), after.url());
            assertEquals(before.authors(), after.authors());
            assertEquals(before.category(), after.category());
            assertEquals(before.abstractText(), after.abstractText());
        }
        assertArrayEquals(outsideFields(original), outsideFields(again), name + ": bytes outside the fields changed");
    }

    /** The digest's bytes with every field's slot cut out. */
    private static byte[] outsideFields(ParsedDigest digest) {
        List<FieldSlot> slots = new ArrayList<>();
        for (PaperEntry p : digest.papers()) {
            for (FieldName f : FieldName.values()) {
                slots.add(p.field(f).slot());
            }
        }
        slots.sort(Comparator.comparingLong(FieldSlot::start));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int cursor = 0;
        for (FieldSlot s : slots) {
            out.write(digest.source(), cursor, (int) s.start() - cursor);
            cursor = (int) s.end();
        }
        out.write(digest.source(), cursor, digest.source().length - cursor);
        return out.toByteArray();
    }
}
