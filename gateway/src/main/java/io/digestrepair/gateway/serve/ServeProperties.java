package io.digestrepair.gateway.serve;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * @param revalidate  how long a served body is trusted before the store is asked whether it changed
 *                    (changes made by this instance are seen at once; other replicas' within this time)
 * @param feedEntries entries of {@code /feeds/all.atom} and {@code /feeds/{category}.atom} at most
 * @param feedDigests digests, newest first, those feeds look into at most
 * @param cacheSize   bytes of served bodies (plain and gzipped) kept between requests, the least recently
 *                    used dropped first: a whole history of digests would otherwise all stay on the heap
 */
@ConfigurationProperties("gateway.serve")
public record ServeProperties(@Bindable(defaultValue = "1s") Duration revalidate,
                              @Bindable(defaultValue = "200") int feedEntries,
                              @Bindable(defaultValue = "30") int feedDigests,
                              @Bindable(defaultValue = "64MB") @io.micronaut.core.convert.format.ReadableBytes long cacheSize) {
}
