package io.digestrepair.gateway.it;

import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.core.wire.RepairedBytes;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
        List<String> changed = RepairedBytes.assertOnlyRepairedFieldsChanged(parseResult(parserUrl, original, contentType),
                parseResult(parserUrl, repaired, contentType), original, repaired);
        assertFalse(Arrays.equals(original, repaired), "something was repaired");
        return changed;
    }

    private static ParseResult parseResult(String parserUrl, byte[] digest, String contentType) {
        try {
            return ObjectMapper.getDefault().readValue(post(parserUrl, digest, contentType), ParseResult.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, Object> parse(String parserUrl, byte[] digest, String contentType) {
        return Api.json(post(parserUrl, digest, contentType));
    }

    private static byte[] post(String parserUrl, byte[] digest, String contentType) {
        try {
            var r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(parserUrl + "/parse"))
                            .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(digest)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new AssertionError("parse: " + r.statusCode() + " " + new String(r.body()));
            }
            return r.body();
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

}
