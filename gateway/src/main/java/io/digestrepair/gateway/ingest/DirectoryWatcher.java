package io.digestrepair.gateway.ingest;

import io.digestrepair.gateway.digest.DigestService;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.digest.UploadLimit;
import io.digestrepair.gateway.ingest.WatchedFiles.DigestFile;
import io.digestrepair.gateway.repair.RepairFinished;
import io.digestrepair.core.text.TargetLanguage;
import io.digestrepair.gateway.crawl.DigestDate;
import io.digestrepair.gateway.store.CrawlRepository;
import io.digestrepair.gateway.store.DigestRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * DIGESTS_DIR: digests dropped or changed there are ingested and repaired, and their repaired
 * copies written to REPAIRED_DIR under the same file names (the English name with ENGLISH_NAMES).
 * The day's crawl ({@code <date>.jsonl}) is kept as the crawl of its day; with RESTORE_DROPPED, the
 * day's digests get the crawl's papers they lack, whichever of the files came first. A file is read once it has stopped
 * changing, and only when its bytes differ from the digest's current revision.
 */
@Singleton
@Requires(property = "gateway.watch.enabled", notEquals = "false")
public class DirectoryWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);

    private record Seen(long size, FileTime modified, long at) {
    }

    private final WatchProperties properties;
    private final DigestService digests;
    private final DigestRepository store;
    private final UploadLimit limit;
    private final Map<Path, Seen> settling = new ConcurrentHashMap<>();
    private volatile WatchService watchService;
    private volatile boolean stopped;

    private final CrawlRepository crawls;
    private final boolean targetIsEnglish;

    public DirectoryWatcher(WatchProperties properties, DigestService digests, DigestRepository store, UploadLimit limit,
                            CrawlRepository crawls, @Value("${gateway.language:English}") String language) {
        this.properties = properties;
        this.limit = limit;
        this.digests = digests;
        this.store = store;
        this.crawls = crawls;
        this.targetIsEnglish = "en".equals(TargetLanguage.orDefault(language));
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Path dir = properties.digestsDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Path repaired = Files.createDirectories(properties.repairedDir().toAbsolutePath().normalize());
            removeUnfinishedCopies(repaired);
            watchService = dir.getFileSystem().newWatchService();
            dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            LOG.error("cannot watch {}: {}", dir, e.toString());
            return;
        }
        Thread.ofVirtual().name("digests-watch").start(() -> watch(dir));
        Thread.ofVirtual().name("digests-settle").start(this::settle);
        LOG.info("watching {} (repaired copies in {})", dir, properties.repairedDir().toAbsolutePath().normalize());
    }

    /**
     * A copy being written when the process was killed stays behind under its temporary name; the
     * digest's whole copy is written again once its repair is there (one watcher owns the folder).
     */
    private static void removeUnfinishedCopies(Path repaired) {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(repaired, ".repairing-*.tmp")) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
                LOG.info("removed an unfinished copy: {}", p.getFileName());
            }
        } catch (IOException e) {
            LOG.warn("cannot clean {}: {}", repaired, e.toString());
        }
    }

    private void watch(Path dir) {
        scan(dir);
        while (!stopped) {
            WatchKey key;
            try {
                key = watchService.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            boolean overflow = false;
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                    overflow = true;
                } else if (event.context() instanceof Path p) {
                    note(dir.resolve(p));
                }
            }
            if (overflow) {
                scan(dir);
            }
            if (!key.reset()) {
                LOG.error("{} can no longer be watched", dir);
                return;
            }
        }
    }

    private void scan(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                note(f);
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", dir, e.toString());
        }
    }

    private void note(Path file) {
        if (WatchedFiles.of(file.getFileName().toString()).isPresent()) {
            settling.put(file, new Seen(-1, null, System.nanoTime()));
        }
    }

    /** Reads files that have not changed for the settle time. */
    private void settle() {
        long settleNanos = properties.settleTime().toNanos();
        while (!stopped) {
            try {
                TimeUnit.MILLISECONDS.sleep(Math.max(50, properties.settleTime().toMillis() / 4));
            } catch (InterruptedException e) {
                return;
            }
            for (var entry : settling.entrySet()) {
                Path file = entry.getKey();
                Seen seen = entry.getValue();
                try {
                    if (!Files.isRegularFile(file)) {
                        settling.remove(file, seen);
                        continue;
                    }
                    long size = Files.size(file);
                    FileTime modified = Files.getLastModifiedTime(file);
                    if (size != seen.size() || !modified.equals(seen.modified())) {
                        settling.replace(file, seen, new Seen(size, modified, System.nanoTime()));
                    } else if (System.nanoTime() - seen.at() >= settleNanos && settling.remove(file, seen)) {
                        ingest(file);
                    }
                } catch (IOException | RuntimeException e) {
                    settling.remove(file, seen);
                    LOG.warn("cannot read {}: {}", file, e.toString());
                }
            }
        }
    }

    void ingest(Path file) throws IOException {
        DigestFile digest = WatchedFiles.of(file.getFileName().toString()).orElseThrow();
        long size = Files.size(file);
        if (size > limit.maxBytes()) {
            LOG.warn("{} not ingested: {}", file.getFileName(), limit.exceeded(size).getMessage());
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        String sha = DigestService.sha256(bytes);
        Optional<Revision> current = digests.current(digest.name());
        if (current.isPresent() && (current.get().sourceSha256().equals(sha) || restoredFrom(current.get(), sha))) {
            // unchanged (e.g. seen again at a restart): only make sure its repaired copy is there
            writeCopy(current.get());
            return;
        }
        if (DigestDate.of(digest.name()).flatMap(crawls::find).filter(c -> c.sha256().equals(sha)).isPresent()) {
            return; // the day's crawl, kept already
        }
        try {
            // a digest whose day's crawl is kept is restored at once; a crawl restores the day's digests when it comes
            boolean restore = properties.restoreDropped() && DigestDate.of(digest.name()).flatMap(crawls::find).isPresent();
            var ingested = digests.ingest(digest.name(), bytes, digest.format(), Revision.ORIGIN_WATCH + digest.fileName(), true,
                    restore);
            if (ingested.isCrawl()) {
                LOG.info("{}: {}", file.getFileName(), ingested.crawl().describe());
                if (properties.restoreDropped()) {
                    restoreDay(ingested.crawl().date());
                }
                return;
            }
            LOG.info("{}: revision {} of {}{}, repair job {}", file.getFileName(), ingested.revision().revision(),
                    digest.name(), ingested.restored() == null ? ""
                            : " (" + ingested.restored().restored().size() + " papers of the day's crawl restored)",
                    ingested.job() == null ? "-" : ingested.job().id());
        } catch (io.digestrepair.support.ProblemException e) {
            LOG.warn("{} not ingested: {}", file.getFileName(), e.getMessage());
        }
    }

    /** The current revision is a restore of the revision these bytes were: the file has not changed. */
    private boolean restoredFrom(Revision current, String sha) {
        return crawls.restore(current.name(), current.revision())
                .flatMap(r -> store.revision(current.name(), r.fromRevision()))
                .filter(from -> from.sourceSha256().equals(sha)).isPresent();
    }

    /** RESTORE_DROPPED: the crawl came after the day's watched digests; restore those that are not restored yet. */
    private void restoreDay(LocalDate date) {
        for (Revision r : store.currentRevisions()) {
            if (r.watchedFile() != null && DigestDate.of(r.name()).filter(date::equals).isPresent()
                    && crawls.restore(r.name(), r.revision()).isEmpty()) {
                restore(r.name());
            }
        }
    }

    private void restore(String name) {
        try {
            var restored = digests.restore(name);
            int count = restored.restored() == null ? 0 : restored.restored().restored().size();
            LOG.info("{}: {} papers of the day's crawl restored (revision {}), repair job {}", name, count,
                    restored.revision().revision(), restored.job() == null ? "-" : restored.job().id());
        } catch (io.digestrepair.support.ProblemException e) {
            LOG.warn("{}: dropped papers not restored: {}", name, e.getMessage());
        }
    }

    @EventListener
    void onRepairFinished(RepairFinished event) {
        store.revision(event.digest(), event.revision()).ifPresent(r -> {
            if (event.jobId().equals(r.repairedJobId())) {
                writeCopy(r);
            }
        });
    }

    /** Writes the repaired copy of a watched digest, atomically, when it is missing or different. */
    private void writeCopy(Revision r) {
        String fileName = r.watchedFile();
        if (fileName == null || !r.repaired() || WatchedFiles.of(fileName).isEmpty()) {
            return;
        }
        Path dir = properties.repairedDir().toAbsolutePath().normalize();
        if (properties.englishNames() && targetIsEnglish) {
            fileName = EnglishNames.of(fileName).orElse(fileName);
        }
        Path target = dir.resolve(fileName).normalize();
        if (!target.getParent().equals(dir)) {
            return;
        }
        try {
            byte[] repaired = store.repaired(r.name(), r.revision()).orElse(null);
            if (repaired == null || (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), repaired))) {
                return;
            }
            Files.createDirectories(dir);
            // not Files.createTempFile: it creates 0600 whatever the umask; a plain create honours the umask,
            // so the copies get the same mode as files the CLI writes
            Path tmp = dir.resolve(".repairing-" + java.util.UUID.randomUUID() + ".tmp");
            try {
                Files.write(tmp, repaired, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
            LOG.info("repaired copy written: {}", target);
        } catch (IOException e) {
            LOG.warn("cannot write {}: {}", target, e.toString());
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        try {
            if (watchService != null) {
                watchService.close();
            }
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
