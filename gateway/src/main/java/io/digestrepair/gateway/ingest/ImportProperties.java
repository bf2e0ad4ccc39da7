package io.digestrepair.gateway.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

import java.time.Duration;
import java.util.List;

/**
 * Limits of {@code POST /api/digests/{name}/import}.
 *
 * @param maxSize         largest body accepted
 * @param timeout         longest the whole fetch may take, redirects included
 * @param maxRedirects    redirects followed, each checked like the first address
 * @param allowedNetworks networks exempt from the refusal of private addresses (e.g. an intranet mirror)
 */
@ConfigurationProperties("gateway.import")
public record ImportProperties(
        @Bindable(defaultValue = "32MB") @ReadableBytes long maxSize,
        @Bindable(defaultValue = "30s") Duration timeout,
        @Bindable(defaultValue = "5") int maxRedirects,
        @Bindable(defaultValue = "") List<String> allowedNetworks) {
}
