package io.digestrepair.core.wire;

import io.digestrepair.core.Action;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Checks a repaired digest against its original with the parser's own spans: putting every
 * repaired field's original bytes back into the repaired digest must give the original, byte for
 * byte, so nothing outside a repaired field changed. Shared by the gateway's and the end-to-end tests.
 */
public final class RepairedBytes {

    private record Swap(long start, long end, long originalStart, long originalEnd) {
    }

    private RepairedBytes() {
    }

    /**
     * @param before the original digest as parsed
     * @param after  the repaired digest as parsed
     * @return the fields that needed a repair, as "index/field"
     */
    public static List<String> assertOnlyRepairedFieldsChanged(ParseResult before, ParseResult after, byte[] original, byte[] repaired) {
        assertEquals(before.papers().size(), after.papers().size(), "the same papers");
        List<Swap> swaps = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < before.papers().size(); i++) {
            Map<String, Field> was = before.papers().get(i).fields();
            Map<String, Field> is = after.papers().get(i).fields();
            for (var e : was.entrySet()) {
                if (e.getValue().action() == Action.KEEP || e.getValue().span() == null) {
                    continue;
                }
                List<Long> from = e.getValue().span();
                Field now = is.get(e.getKey());
                assertNotNull(now, "paper " + i + " still has " + e.getKey());
                List<Long> to = now.span();
                swaps.add(new Swap(to.get(0), to.get(1), from.get(0), from.get(1)));
                changed.add(i + "/" + e.getKey());
            }
        }
        swaps.sort(Comparator.comparingLong(Swap::start));
        ByteArrayOutputStream rebuilt = new ByteArrayOutputStream(original.length);
        long at = 0;
        for (Swap s : swaps) {
            rebuilt.write(repaired, (int) at, (int) (s.start() - at));
            rebuilt.write(original, (int) s.originalStart(), (int) (s.originalEnd() - s.originalStart()));
            at = s.end();
        }
        rebuilt.write(repaired, (int) at, (int) (repaired.length - at));
        assertArrayEquals(original, rebuilt.toByteArray(), "outside the repaired fields the bytes are the original's");
        return changed;
    }
}
