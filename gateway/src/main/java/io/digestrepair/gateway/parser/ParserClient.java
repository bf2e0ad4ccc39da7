package io.digestrepair.gateway.parser;

import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.core.wire.RenderRequest;
import io.digestrepair.core.wire.RestoreRequest;
import io.digestrepair.core.wire.RestoreResult;
import io.digestrepair.gateway.remote.TransientFailure;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.retry.annotation.Retryable;

/** parser-service (PARSER_URL): stateless, so every call may be retried when it could not get through. */
@Client(id = "parser")
@Retryable(attempts = "4", delay = "500ms", multiplier = "2", predicate = TransientFailure.class)
public interface ParserClient {

    @Post(value = "/parse", produces = "text/markdown", consumes = MediaType.APPLICATION_JSON)
    ParseResult parseMarkdown(@Body byte[] digest);

    @Post(value = "/parse", produces = "application/x-ndjson", consumes = MediaType.APPLICATION_JSON)
    ParseResult parseJsonLines(@Body byte[] digest);

    /** The parser sniffs the format. */
    @Post(value = "/parse", produces = MediaType.TEXT_PLAIN, consumes = MediaType.APPLICATION_JSON)
    ParseResult parseAny(@Body byte[] digest);

    @Post(value = "/render", produces = MediaType.APPLICATION_JSON, consumes = MediaType.ALL)
    byte[] render(@Body RenderRequest request);

    @Post(value = "/restore", produces = MediaType.APPLICATION_JSON, consumes = MediaType.APPLICATION_JSON)
    RestoreResult restore(@Body RestoreRequest request);
}
