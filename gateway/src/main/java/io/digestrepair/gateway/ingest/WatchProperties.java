package io.digestrepair.gateway.ingest;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The watched directory.
 *
 * @param digestsDir  DIGESTS_DIR: new or changed digests here are ingested and repaired
 * @param repairedDir REPAIRED_DIR: their repaired copies, under the same file names
 * @param settleTime  a file must stay unchanged this long before it is read (it may still be being written)
 */
@ConfigurationProperties("gateway.watch")
public record WatchProperties(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "./digests") Path digestsDir,
        @Bindable(defaultValue = "./repaired") Path repairedDir,
        @Bindable(defaultValue = "500ms") Duration settleTime) {
}
