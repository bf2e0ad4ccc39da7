package io.digestrepair.parser.http;

import io.digestrepair.core.wire.RestoreRequest;
import io.digestrepair.core.wire.RestoreResult;
import io.digestrepair.parser.digest.ParsedDigest;
import io.digestrepair.parser.restore.RestoreException;
import io.digestrepair.parser.restore.Restorer;
import io.digestrepair.support.ProblemException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.nio.charset.StandardCharsets;

/** {@code POST /restore}: a digest and its day's crawl in, the digest with the papers it lacks added out. */
@Controller
public class RestoreController {

    private final DigestWork work;

    RestoreController(DigestWork work) {
        this.work = work;
    }

    @Post("/restore")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public RestoreResult restore(@Body RestoreRequest request) {
        if (request.source() == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "source is missing: the digest as a string", null, "source");
        }
        if (request.crawl() == null || request.crawl().isEmpty()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "crawl is missing: the day's data/<date>.jsonl as a string",
                    null, "crawl");
        }
        return work.run(() -> {
            ParsedDigest digest = DigestInput.read(request.source().getBytes(StandardCharsets.UTF_8), request.format(),
                    "source", HttpStatus.BAD_REQUEST);
            try {
                return Restorer.restore(digest, request.crawl().getBytes(StandardCharsets.UTF_8), request.excludeIds());
            } catch (RestoreException e) {
                Integer line = e.line() > 0 ? e.line() : null;
                throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), line, e.part(), e);
            }
        });
    }
}
