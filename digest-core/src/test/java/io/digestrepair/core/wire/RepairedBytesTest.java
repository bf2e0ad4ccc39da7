package io.digestrepair.core.wire;

import io.digestrepair.core.Action;
import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.FieldStatus;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RepairedBytesTest {

    private static final String ORIGINAL = "TL;DR: 失败\nMethod: kept\n";

    private static ParseResult parsed(String tldr, FieldStatus status, long start, long end) {
        Field t = new Field(tldr, status, "en", status.action(), List.of(start, end));
        Field m = new Field("kept", FieldStatus.OK, "en", Action.KEEP, List.of(0L, 0L));
        Paper p = new Paper(0, null, "T", null, List.of(), null, "A.", status.action(), Map.of("tldr", t, "method", m), 1);
        return new ParseResult(DigestFormat.MARKDOWN, "en", List.of(p), null, List.of());
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aReplacedFieldIsTheOnlyChange() {
        String repaired = "TL;DR: Fixed.\nMethod: kept\n";
        ParseResult before = parsed("失败", FieldStatus.NON_TARGET_LANGUAGE, 7, 7 + bytes("失败"));
        ParseResult after = parsed("Fixed.", FieldStatus.OK, 7, 13);
        List<String> changed = RepairedBytes.assertOnlyRepairedFieldsChanged(before, after,
                ORIGINAL.getBytes(StandardCharsets.UTF_8), repaired.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("0/tldr"), changed);
    }

    @Test
    void aChangeOutsideTheFieldIsCaught() {
        String repaired = "TL;DR: Fixed.\nMethod: KEPT\n";
        ParseResult before = parsed("失败", FieldStatus.NON_TARGET_LANGUAGE, 7, 7 + bytes("失败"));
        ParseResult after = parsed("Fixed.", FieldStatus.OK, 7, 13);
        assertThrows(AssertionFailedError.class, () -> RepairedBytes.assertOnlyRepairedFieldsChanged(before, after,
                ORIGINAL.getBytes(StandardCharsets.UTF_8), repaired.getBytes(StandardCharsets.UTF_8)));
    }
}
