package io.digestrepair.gateway.repair;

import io.digestrepair.core.wire.SummaryRequest;
import io.micronaut.core.annotation.Nullable;

import java.util.Set;

/**
 * A paper to send to the summarizer.
 *
 * @param index    the paper's index in the digest
 * @param request  what is sent; its id is unique within the job
 * @param required fields the answer must carry
 * @param base     for an upgrade, the cached entry whose other fields are kept
 */
public record PaperTask(
        int index,
        String cacheKey,
        String contentKey,
        SummaryRequest request,
        Set<String> required,
        @Nullable RepairedPaper base) {

    public String requestId() {
        return request.id();
    }
}
