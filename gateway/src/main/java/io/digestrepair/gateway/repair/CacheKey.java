package io.digestrepair.gateway.repair;

import io.digestrepair.core.FieldName;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.gateway.summarizer.SummarizerInfo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The content hashes a repaired paper is stored under. Computed from what the gateway knows
 * before it calls the summarizer, so that a hit costs no call.
 * <p>
 * Text is compared after Unicode NFC and whitespace folding: the same paper hard-wrapped in one
 * digest and on one line in another (Markdown and JSON Lines of the same day) is one entry.
 */
public final class CacheKey {

    private static final String VERSION = "digest-repair/cache/v1";
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private CacheKey() {
    }

    /** Title, abstract, every field's text and action, and the target language. */
    public static String content(Paper paper, String targetLanguage) {
        Hasher h = new Hasher().add(VERSION).add(paper.title()).add(paper.abstractText()).add(targetLanguage);
        for (FieldName name : FieldName.values()) {
            Field f = paper.fields() == null ? null : paper.fields().get(name.key());
            h.add(name.key());
            h.add(f == null ? "ABSENT" : String.valueOf(f.action()));
            h.add(f == null ? "" : f.text());
        }
        return h.hex();
    }

    /** The content key together with the summarizer's engine, model and prompt version. */
    public static String full(String contentKey, SummarizerInfo summarizer) {
        return new Hasher().add(VERSION).add(contentKey)
                .add(summarizer.engine()).add(summarizer.model()).add(summarizer.promptVersion()).hex();
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** Length-prefixed parts, so that no two different lists of parts hash the same input. */
    private static final class Hasher {
        private final MessageDigest digest;

        Hasher() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Hasher add(String part) {
            byte[] bytes = normalize(part).getBytes(StandardCharsets.UTF_8);
            digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            digest.update(bytes);
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
