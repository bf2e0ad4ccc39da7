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
 * @param restoreDropped RESTORE_DROPPED: restore the papers of the day's crawl a digest lacks (off: a deployment
 *                       may have left a paper out on purpose)
 * @param englishNames   ENGLISH_NAMES: a repaired {@code <date>_AI_enhanced_<Language>.jsonl} is written as
 *                       {@code <date>_AI_enhanced_English.jsonl} when the target language is English
 */
@ConfigurationProperties("gateway.watch")
public record WatchProperties(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "./digests") Path digestsDir,
        @Bindable(defaultValue = "./repaired") Path repairedDir,
        @Bindable(defaultValue = "500ms") Duration settleTime,
        @Bindable(defaultValue = "false") boolean restoreDropped,
        @Bindable(defaultValue = "false") boolean englishNames) {
}
