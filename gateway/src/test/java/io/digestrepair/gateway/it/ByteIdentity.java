package io.digestrepair.gateway.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Checks a repaired digest against its original with the parser's own spans: putting every
 * repaired field's original bytes back into the repaired digest must give the original, byte
 * for byte. So nothing outside a repaired field changed.
 */
public final class ByteIdentity {

    private ByteIdentity() {
    }

    /** @return the fields that were repaired, as "index/field" */
    public static List<String> assertOnlyRepairedFieldsChanged(String parserUrl, byte[] original, byte[] repaired, String contentType) {
        Map<String, Object> before = parse(parserUrl, original, contentType);
        Map<String, Object> after = parse(parserUrl, repaired, contentType);
        List<Map<String, Object>> papersBefore = papers(before);
        List<Map<String, Object>> papersAfter = papers(after);
        assertEquals(papersBefore.size(), papersAfter.size(), "the same papers");

        record Swap(long start, long end, long origStart, long origEnd) {
        }
        List<Swap> swaps = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < papersBefore.size(); i++) {
            Map<String, Map<String, Object>> fb = fields(papersBefore.get(i));
            Map<String, Map<String, Object>> fa = fields(papersAfter.get(i));
            for (var e : fb.entrySet()) {
                if ("KEEP".equals(e.getValue().get("action")) || e.getValue().get("span") == null) {
                    continue;
                }
                List<?> s0 = (List<?>) e.getValue().get("span");
                List<?> s1 = (List<?>) fa.get(e.getKey()).get("span");
                swaps.add(new Swap(n(s1.get(0)), n(s1.get(1)), n(s0.get(0)), n(s0.get(1))));
                changed.add(i + "/" + e.getKey());
            }
        }
        swaps.sort(Comparator.comparingLong(Swap::start));
        ByteArrayOutputStream rebuilt = new ByteArrayOutputStream();
        long at = 0;
        for (Swap s : swaps) {
            rebuilt.write(repaired, (int) at, (int) (s.start() - at));
            rebuilt.write(original, (int) s.origStart(), (int) (s.origEnd() - s.origStart()));
            at = s.end();
        }
        rebuilt.write(repaired, (int) at, (int) (repaired.length - at));
        assertArrayEquals(original, rebuilt.toByteArray(), "outside the repaired fields the bytes are the original's");
        assertFalse(Arrays.equals(original, repaired), "something was repaired");
        return changed;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String parserUrl, byte[] digest, String contentType) {
        try {
            var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(parserUrl + "/parse"))
                            .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(digest)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("parse: " + r.statusCode() + " " + new String(r.body()));
            }
            return Api.json(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> papers(Map<String, Object> parsed) {
        return (List<Map<String, Object>>) parsed.get("papers");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Map<String, Object>> fields(Map<String, Object> paper) {
        return (Map<String, Map<String, Object>>) paper.get("fields");
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
