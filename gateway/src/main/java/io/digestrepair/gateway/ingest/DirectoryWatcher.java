package io.digestrepair.gateway.ingest;

import io.digestrepair.gateway.digest.DigestService;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.digest.UploadLimit;
import io.digestrepair.gateway.ingest.WatchedFiles.DigestFile;
import io.digestrepair.gateway.repair.RepairFinished;
import io.digestrepair.gateway.store.DigestRepository;
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
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * DIGESTS_DIR: digests dropped or changed there are ingested and repaired, and their repaired
 * copies written to REPAIRED_DIR under the same file names. A file is read once it has stopped
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

    public DirectoryWatcher(WatchProperties properties, DigestService digests, DigestRepository store, UploadLimit limit) {
        this.properties = properties;
        this.limit = limit;
        this.digests = digests;
        this.store = store;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Path dir = properties.digestsDir().toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Files.createDirectories(properties.repairedDir().toAbsolutePath().normalize());
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
        Optional<Revision> current = digests.current(digest.name());
        if (current.isPresent() && current.get().sourceSha256().equals(DigestService.sha256(bytes))) {
            // unchanged (e.g. seen again at a restart): only make sure its repaired copy is there
            writeCopy(current.get());
            return;
        }
        try {
            var ingested = digests.ingest(digest.name(), bytes, digest.format(), Revision.ORIGIN_WATCH + digest.fileName(), true);
            LOG.info("{}: revision {} of {}, repair job {}", file.getFileName(), ingested.revision().revision(),
                    digest.name(), ingested.job() == null ? "-" : ingested.job().id());
        } catch (io.digestrepair.support.ProblemException e) {
            LOG.warn("{} not ingested: {}", file.getFileName(), e.getMessage());
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
