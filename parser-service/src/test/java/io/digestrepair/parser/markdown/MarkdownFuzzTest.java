package io.digestrepair.parser.markdown;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.SharedData;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.parser.digest.DigestReadException;
import io.digestrepair.parser.digest.PaperEntry;
import io.digestrepair.parser.render.Renderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Damaged digests (lines dropped, repeated, moved, layout lines thrown in): the reader either reads
 * them or refuses them with a {@link DigestReadException}, never anything else; what it reads renders
 * back byte for byte, and new texts in every field read back as written.
 */
class MarkdownFuzzTest {

    private static final List<String> NOISE = List.of("<details>", "</details>", "  <summary>Details</summary>",
            "### [9] [Injected](https://arxiv.org/abs/2501.00001)", "### [", "# cs.XX [[Back]](#toc)", "Method:",
            "TL;DR: injected", "Keywords: a, b", "*", "*A, B*", "\\", "\\# x", "<div id='cs.XX'></div>", "", "\r",
            "Abstract:", "Main category:", "<details><summary>x</summary>", "：", "TL;DR：全角");

    @ParameterizedTest
    @ValueSource(strings = {"000_ddbddc89ed5e4669.txt", "001_7368f4bef9e965ea.txt"})
    void damagedDigestsAreReadOrRefusedCleanly(String seedFile) throws IOException {
        String seed = Files.readString(SharedData.require(SharedData.seeds().resolve(seedFile)));
        List<String> lines = Arrays.asList(seed.split("\n", -1));
        Random random = new Random(seedFile.hashCode());
        MarkdownReader reader = new MarkdownReader();
        int read = 0;
        for (int round = 0; round < 400; round++) {
            List<String> damaged = new ArrayList<>(lines);
            for (int k = 0; k < 1 + random.nextInt(12); k++) {
                int at = random.nextInt(damaged.size());
                switch (random.nextInt(4)) {
                    case 0 -> damaged.remove(at);
                    case 1 -> damaged.add(at, damaged.get(random.nextInt(damaged.size())));
                    case 2 -> damaged.add(at, NOISE.get(random.nextInt(NOISE.size())));
                    default -> damaged.set(at, damaged.get(at) + NOISE.get(random.nextInt(NOISE.size())));
                }
            }
            byte[] bytes = String.join(random.nextBoolean() ? "\n" : "\r\n", damaged).getBytes(StandardCharsets.UTF_8);
            MarkdownDigest digest;
            try {
                digest = reader.read(bytes);
            } catch (DigestReadException refused) {
                continue;
            }
            read++;
            assertArrayEquals(bytes, Renderer.render(digest, List.of()), "round " + round);
            List<Edit> edits = new ArrayList<>();
            for (PaperEntry p : digest.papers()) {
                for (FieldName f : FieldName.values()) {
                    if (p.field(f).slot() != null) {
                        edits.add(new Edit(p.index(), f.key(), "Round " + round + " " + f.key() + "\n# line two\nResult: three"));
                    }
                }
            }
            MarkdownDigest again = reader.read(Renderer.render(digest, edits));
            assertEquals(digest.papers().size(), again.papers().size(), "round " + round);
            for (Edit e : edits) {
                assertEquals(e.text(), again.papers().get(e.index()).field(FieldName.byKey(e.field()).orElseThrow()).text(),
                        "round " + round + " paper " + e.index() + " " + e.field());
            }
        }
        assertEquals(true, read > 100, "most damaged digests are still readable: " + read);
    }
}
