package io.digestrepair.parser.http;

import io.digestrepair.core.wire.RenderRequest;
import io.digestrepair.parser.digest.ParsedDigest;
import io.digestrepair.parser.render.EditException;
import io.digestrepair.parser.render.Renderer;
import io.digestrepair.support.ProblemException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.nio.charset.StandardCharsets;

/** {@code POST /render}: the original digest and edits in, the repaired digest out, in its own format. */
@Controller
public class RenderController {

    private final DigestWork work;

    RenderController(DigestWork work) {
        this.work = work;
    }

    @Post("/render")
    @Consumes(MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<byte[]> render(@Body RenderRequest request) {
        if (request.source() == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "source is missing: the original digest as a string", null, "source");
        }
        return work.run(() -> {
            byte[] source = request.source().getBytes(StandardCharsets.UTF_8);
            ParsedDigest digest = DigestInput.read(source, request.format(), "source", HttpStatus.BAD_REQUEST, false);
            try {
                byte[] rendered = Renderer.render(digest, request.edits());
                return HttpResponse.ok(rendered).contentType(digest.format().mediaType() + "; charset=utf-8");
            } catch (EditException e) {
                Integer line = e.line() > 0 ? e.line() : null;
                throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, e.getMessage(), line, e.field(), e);
            }
        });
    }
}
