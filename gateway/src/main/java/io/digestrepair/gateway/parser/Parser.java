package io.digestrepair.gateway.parser;

import io.digestrepair.core.DigestFormat;
import io.digestrepair.core.wire.Edit;
import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.core.wire.RenderRequest;
import io.digestrepair.core.wire.RestoreRequest;
import io.digestrepair.core.wire.RestoreResult;
import io.digestrepair.gateway.remote.RemoteProblem;
import io.digestrepair.gateway.remote.RemoteRejectedException;
import io.digestrepair.gateway.remote.ServiceUnavailableException;
import io.digestrepair.gateway.remote.TransientFailure;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

/**
 * parser-service as the gateway uses it: every failure is either {@link ServiceUnavailableException}
 * (wait and try again) or {@link RemoteRejectedException} (the digest or the edits are wrong).
 */
public class Parser {

    public static final String SERVICE = "parser-service";

    private final ParserClient client;
    private final JsonMapper json;

    public Parser(ParserClient client, JsonMapper json) {
        this.client = client;
        this.json = json;
    }

    /** Parses a digest; the format is a hint (null: the parser sniffs). */
    public ParseResult parse(byte[] digest, @Nullable DigestFormat format) {
        ParseResult result = call(() -> format == null ? client.parseAny(digest)
                : format == DigestFormat.MARKDOWN ? client.parseMarkdown(digest) : client.parseJsonLines(digest));
        if (result == null || result.papers() == null || result.format() == null) {
            throw new ServiceUnavailableException(SERVICE, new IllegalStateException("an empty answer to /parse"));
        }
        return result;
    }

    /** The digest with the edits applied, every other byte unchanged. */
    public byte[] render(byte[] source, DigestFormat format, List<Edit> edits) {
        byte[] out = call(() -> client.render(new RenderRequest(new String(source, StandardCharsets.UTF_8), format, edits)));
        if (out == null) {
            throw new ServiceUnavailableException(SERVICE, new IllegalStateException("an empty answer to /render"));
        }
        return out;
    }

    /** The digest with the crawl's papers it lacks added, their fields empty; the crawl's problems are refusals. */
    public RestoreResult restore(byte[] source, DigestFormat format, byte[] crawl, List<String> excludeIds) {
        RestoreResult out = call(() -> client.restore(new RestoreRequest(new String(source, StandardCharsets.UTF_8), format,
                new String(crawl, StandardCharsets.UTF_8), excludeIds)));
        if (out == null || out.source() == null) {
            throw new ServiceUnavailableException(SERVICE, new IllegalStateException("an empty answer to /restore"));
        }
        return out;
    }

    private <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (HttpClientResponseException e) {
            if (TransientFailure.isTransient(e) || e.code() >= 500) {
                throw new ServiceUnavailableException(SERVICE, e);
            }
            throw new RemoteRejectedException(SERVICE, RemoteProblem.of(e, json), e);
        } catch (RuntimeException e) {
            if (TransientFailure.isTransient(e)) {
                throw new ServiceUnavailableException(SERVICE, e);
            }
            throw e;
        }
    }
}
