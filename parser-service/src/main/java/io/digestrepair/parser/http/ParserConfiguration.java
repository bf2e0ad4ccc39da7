package io.digestrepair.parser.http;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param language       the language fields should be in: {@code LANGUAGE} as in the pipeline (a name such as
 *                       English or Chinese, or an ISO code), English when unset
 * @param concurrentWork digests read, diagnosed or rendered at once; more requests wait, so that a burst of
 *                       large bodies cannot exhaust the heap
 */
@ConfigurationProperties("parser")
public record ParserConfiguration(
        @Bindable(defaultValue = "English") String language,
        @Bindable(defaultValue = "4") int concurrentWork) {
}
