package io.digestrepair.gateway.repair;

import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stores a run's answers a batch at a time: one transaction (cache entries, finished papers, the
 * job's counters once) per {@code writeBatch} answers, or sooner when the oldest has waited
 * {@code writeDelay}. A kill -9 loses at most the answers of the batch being filled, which the
 * resumed job asks again; an answer is never held longer than the delay, so a slow paid answer is
 * stored about as soon as it arrives.
 * <p>
 * A write that finds the job no longer the run's own sets the run's stop flag; cache entries are
 * written all the same (the ledger keeps them whatever happened to the job).
 */
final class AnswerRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerRecorder.class);

    private final RepairPorts.Ledger ledger;
    private final String jobId;
    private final String owner;
    private final int writeBatch;
    private final long delayNanos;
    private final AtomicBoolean stop;
    private final AtomicBoolean disowned = new AtomicBoolean();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private List<FinishedPaper> papers = new ArrayList<>();
    private List<RepairedPaper> entries = new ArrayList<>();
    private long oldest;
    private boolean closed;
    @Nullable
    private final Thread flusher;

    AnswerRecorder(RepairPorts.Ledger ledger, String jobId, String owner, int writeBatch, Duration writeDelay,
                   AtomicBoolean stop) {
        this.ledger = ledger;
        this.jobId = jobId;
        this.owner = owner;
        this.writeBatch = Math.max(1, writeBatch);
        this.delayNanos = writeDelay.toNanos();
        this.stop = stop;
        this.flusher = this.writeBatch > 1 ? Thread.ofVirtual().name("answers-" + jobId).start(this::flushWhenDue) : null;
    }

    /** Keeps a finished paper (and its new cache entry); false when a write found the job no longer the run's. */
    boolean add(FinishedPaper paper, @Nullable RepairedPaper entry) {
        boolean full;
        lock.lock();
        try {
            if (papers.isEmpty()) {
                oldest = System.nanoTime();
                changed.signalAll();
            }
            papers.add(paper);
            if (entry != null) {
                entries.add(entry);
            }
            full = papers.size() >= writeBatch;
        } finally {
            lock.unlock();
        }
        if (full) {
            flush();
        }
        return !disowned.get();
    }

    /** Writes what is held, stops the background writer; false when the job is no longer the run's. */
    boolean finish() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (flusher != null) {
            try {
                flusher.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
        return !disowned.get();
    }

    private void flush() {
        List<FinishedPaper> p;
        List<RepairedPaper> e;
        lock.lock();
        try {
            if (papers.isEmpty()) {
                return;
            }
            p = papers;
            e = entries;
            papers = new ArrayList<>();
            entries = new ArrayList<>();
        } finally {
            lock.unlock();
        }
        boolean ours;
        try {
            ours = ledger.record(jobId, owner, p, e);
        } catch (RuntimeException failure) {
            lock.lock();
            try { // kept for the next write
                p.addAll(papers);
                e.addAll(entries);
                papers = p;
                entries = e;
                oldest = System.nanoTime();
            } finally {
                lock.unlock();
            }
            throw failure;
        }
        if (!ours) {
            disowned.set(true);
            stop.set(true);
        }
    }

    private void flushWhenDue() {
        while (true) {
            lock.lock();
            try {
                while (!closed && (papers.isEmpty() || System.nanoTime() - oldest < delayNanos)) {
                    if (papers.isEmpty()) {
                        changed.await();
                    } else {
                        changed.await(delayNanos - (System.nanoTime() - oldest), TimeUnit.NANOSECONDS);
                    }
                }
                if (closed) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                lock.unlock();
            }
            try {
                flush();
            } catch (RuntimeException e) {
                // the store is away: the answers are kept for the next write (the run's own writes meet the
                // same failure and end it; the resumed job asks again what was never stored)
                LOG.warn("job {}: storing answers failed: {}", jobId, e.getMessage());
                try {
                    Thread.sleep(200);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }
}
