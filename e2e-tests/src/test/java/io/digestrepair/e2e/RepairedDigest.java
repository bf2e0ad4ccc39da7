package io.digestrepair.e2e;

import io.digestrepair.core.Action;
import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.FieldName;
import io.digestrepair.core.FieldStatus;
import io.digestrepair.core.text.FieldDiagnoser;
import io.digestrepair.core.text.LanguageDetector;
import io.digestrepair.core.wire.Field;
import io.digestrepair.core.wire.Paper;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.core.wire.RepairedBytes;
import io.digestrepair.parser.diagnosis.DigestDiagnosis;
import io.digestrepair.parser.format.DigestFormats;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Judges a repaired digest against its original with the parser's own reader and diagnosis:
 * every field is English and real now, kept fields are unchanged, and every byte outside the
 * repaired fields is the original's ({@link RepairedBytes}).
 */
final class RepairedDigest {

    private static final DigestDiagnosis DIAGNOSIS = new DigestDiagnosis(new FieldDiagnoser("en", LanguageDetector.shared()));

    /** How many fields the repair replaced. */
    record Verdict(int papers, int repairedFields) {
    }

    private RepairedDigest() {
    }

    static ParseResult parse(byte[] digest, DigestFormat format) {
        return DIAGNOSIS.diagnose(DigestFormats.read(digest, format));
    }

    static Verdict check(byte[] original, byte[] repaired, DigestFormat format) {
        ParseResult before = parse(original, format);
        ParseResult after = parse(repaired, format);
        assertEquals(before.papers().size(), after.papers().size(), "papers");
        assertEquals(before.problems().size(), after.problems().size(), "unreadable lines");
        for (int i = 0; i < before.papers().size(); i++) {
            Paper was = before.papers().get(i);
            Paper is = after.papers().get(i);
            assertEquals(was.title(), is.title(), "title of paper " + i);
            assertEquals(was.abstractText(), is.abstractText(), "abstract of paper " + i);
            for (FieldName name : FieldName.values()) {
                Field old = was.fields().get(name.key());
                Field now = is.fields().get(name.key());
                String where = "paper " + i + " (" + was.title() + ") " + name.key();
                assertEquals(FieldStatus.OK, now.status(), where + " is " + now.status() + " after repair: " + now.text());
                if (old.action() == Action.KEEP) {
                    assertEquals(old.text(), now.text(), where + " was fine and must be kept");
                } else {
                    assertNotEquals(old.text(), now.text(), where + " needed repair");
                }
            }
        }
        List<String> edited = RepairedBytes.assertOnlyRepairedFieldsChanged(before, after, original, repaired);
        return new Verdict(before.papers().size(), edited.size());
    }
}
