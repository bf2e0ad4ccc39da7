package io.digestrepair.gateway.digest;

import io.digestrepair.support.ProblemException;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

/**
 * MAX_UPLOAD_SIZE, the one limit of a digest however it comes in: an upload (refused by the server
 * before the body is read), a URL import and a watched file (refused here once read).
 */
@Singleton
public class UploadLimit {

    private final long maxBytes;

    public UploadLimit(@Value("${micronaut.server.max-request-size:32MB}") @ReadableBytes long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** @throws ProblemException 413 when the digest is over the limit */
    public void check(byte[] body) {
        if (body != null && body.length > maxBytes) {
            throw exceeded((long) body.length);
        }
    }

    /** The 413 problem; {@code size} when known. */
    public ProblemException exceeded(@Nullable Long size) {
        String what = size == null ? "the body is larger than" : "the digest is " + size + " bytes, more than";
        return new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE,
                what + " MAX_UPLOAD_SIZE allows (" + maxBytes + " bytes); raise MAX_UPLOAD_SIZE to accept it",
                null, "MAX_UPLOAD_SIZE");
    }
}
