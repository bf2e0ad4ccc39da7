package io.digestrepair.gateway.repair;

import io.digestrepair.core.wire.ParseResult;
import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.parser.Parser;
import io.digestrepair.gateway.store.DigestRepository;
import io.digestrepair.gateway.store.JobRepository;
import io.digestrepair.gateway.summarizer.Summarizer;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.json.JsonMapper;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs repair jobs: workers claim queued jobs (and running ones whose owner went silent, e.g. a
 * gateway killed mid-job) from the store, so jobs survive restarts and spread over replicas.
 */
@Singleton
@Requires(property = "gateway.jobs.enabled", notEquals = "false")
public class JobScheduler {

    private static final Logger LOG = LoggerFactory.getLogger(JobScheduler.class);

    private final JobProperties properties;
    private final JobRepository jobs;
    private final DigestRepository digests;
    private final StoreLedger ledger;
    private final Summarizer summarizer;
    private final Parser parser;
    private final JsonMapper json;
    private final ApplicationEventPublisher<RepairFinished> events;
    private final String language;
    private final String owner;
    private final Clock clock = Clock.systemUTC();
    private final Semaphore wakeUp = new Semaphore(0);
    private final Map<String, AtomicBoolean> running = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean shuttingDown;

    public JobScheduler(JobProperties properties, JobRepository jobs, DigestRepository digests, StoreLedger ledger,
                        Summarizer summarizer, Parser parser, JsonMapper json,
                        ApplicationEventPublisher<RepairFinished> events,
                        @Value("${gateway.language:English}") String language) {
        this.properties = properties;
        this.jobs = jobs;
        this.digests = digests;
        this.ledger = ledger;
        this.summarizer = summarizer;
        this.parser = parser;
        this.json = json;
        this.events = events;
        this.language = language;
        this.owner = Owners.of(hostName(), ProcessHandle.current().pid(), UUID.randomUUID().toString().substring(0, 8));
    }

    @EventListener
    void onStartup(StartupEvent event) {
        start();
    }

    synchronized void start() {
        if (!threads.isEmpty()) {
            return;
        }
        reclaimFromDeadProcesses();
        for (int i = 0; i < Math.max(1, properties.workers()); i++) {
            threads.add(Thread.ofVirtual().name("repair-worker-" + i).start(this::work));
        }
        threads.add(Thread.ofVirtual().name("repair-heartbeat").start(this::beat));
        LOG.info("{} repair workers as {}", properties.workers(), owner);
    }

    /**
     * Jobs left running by an earlier gateway process on this host that is gone (killed, crashed)
     * go back to the queue at once, rather than after their lease: a restart resumes them now.
     * Jobs of other hosts wait for their lease to run out, as their owner may still be alive.
     */
    private void reclaimFromDeadProcesses() {
        try {
            jobs.runningOwners().forEach((id, previous) -> {
                if (Owners.deadOnThisHost(previous, owner, pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                        && jobs.requeue(id, previous)) {
                    LOG.info("job {} was left running by {}, which is gone: queued again", id, previous);
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("cannot look for jobs left running: {}", e.toString());
        }
    }

    /** A job was queued: an idle worker takes it now rather than at its next poll. */
    public void wake() {
        wakeUp.release();
    }

    /** Stops the run of a job on this instance, if it runs here (its state is already set in the store). */
    public void stopLocal(String jobId) {
        AtomicBoolean stop = running.get(jobId);
        if (stop != null) {
            stop.set(true);
        }
    }

    public String owner() {
        return owner;
    }

    private void work() {
        while (!shuttingDown) {
            try {
                var now = clock.instant();
                Optional<RepairJob> claimed = jobs.claim(owner, now, now.minus(properties.lease()));
                if (claimed.isPresent()) {
                    runJob(claimed.get());
                    continue;
                }
            } catch (RuntimeException e) {
                LOG.warn("repair worker: {}", e.toString());
            }
            try {
                if (wakeUp.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS)) {
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void runJob(RepairJob job) {
        AtomicBoolean stop = new AtomicBoolean(false);
        running.put(job.id(), stop);
        RepairRun.Result result;
        try {
            result = prepare(job, stop).run();
        } catch (RuntimeException e) {
            LOG.error("job {} failed", job.id(), e);
            String message = "internal error: " + e;
            result = new RepairRun.Result(jobs.finish(job.id(), owner, JobState.FAILED, message, clock.instant())
                    ? JobState.FAILED : null, message);
        } finally {
            running.remove(job.id());
        }
        LOG.info("job {} ({} rev {}) ended: {} {}", job.id(), job.digest(), job.revision(),
                result.state() == null ? "stopped" : result.state(), result.message() == null ? "" : result.message());
        JobState state = result.state() != null ? result.state()
                : jobs.find(job.id()).map(RepairJob::state).orElse(JobState.CANCELLED);
        events.publishEvent(new RepairFinished(job.digest(), job.revision(), job.id(), state));
    }

    private RepairRun prepare(RepairJob job, AtomicBoolean stop) {
        Revision revision = digests.revision(job.digest(), job.revision())
                .orElseThrow(() -> new IllegalStateException("revision " + job.revision() + " of " + job.digest() + " is missing"));
        byte[] source = digests.source(job.digest(), job.revision()).orElseThrow();
        ParseResult parsed;
        try {
            parsed = json.readValue(digests.parseJson(job.digest(), job.revision()).orElseThrow(), ParseResult.class);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable parse result of " + job.digest(), e);
        }
        RepairPorts.Summaries summaries = new RepairPorts.Summaries() {
            @Override
            public io.digestrepair.gateway.summarizer.SummarizerInfo info() {
                return summarizer.info();
            }

            @Override
            public io.digestrepair.gateway.summarizer.SummarizerInfo freshInfo() {
                return summarizer.freshInfo();
            }

            @Override
            public void batch(List<io.digestrepair.core.wire.SummaryRequest> papers,
                              java.util.function.Consumer<io.digestrepair.core.wire.SummaryResponse> onAnswer) {
                summarizer.batch(papers, onAnswer);
            }
        };
        var input = new RepairRun.Input(job, owner, source, revision.format(), parsed, language);
        return new RepairRun(input, properties.runSettings(), summaries, parser::render, ledger, Thread::sleep,
                clock::instant, stop);
    }

    /** Keeps this instance's leases, and stops runs whose job was cancelled or taken over elsewhere. */
    private void beat() {
        long every = Math.max(200, properties.lease().toMillis() / 3);
        while (!shuttingDown) {
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
            for (var entry : running.entrySet()) {
                try {
                    if (!jobs.heartbeat(entry.getKey(), owner, clock.instant())) {
                        entry.getValue().set(true);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("heartbeat of job {}: {}", entry.getKey(), e.toString());
                }
            }
        }
    }

    @PreDestroy
    void shutdown() {
        shuttingDown = true;
        running.values().forEach(stop -> stop.set(true));
        threads.forEach(Thread::interrupt);
        try {
            int released = jobs.release(owner);
            if (released > 0) {
                LOG.info("{} running jobs handed back to the queue", released);
            }
        } catch (RuntimeException e) {
            LOG.warn("could not hand back running jobs: {}", e.toString());
        }
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() > 40 ? name.substring(0, 40) : name;
        } catch (IOException e) {
            return "gateway";
        }
    }
}
