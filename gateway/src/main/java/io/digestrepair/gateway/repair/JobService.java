package io.digestrepair.gateway.repair;

import io.digestrepair.gateway.digest.Revision;
import io.digestrepair.gateway.store.JobRepository;
import io.digestrepair.support.ProblemException;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Starting, finding and cancelling repair jobs. */
@Singleton
public class JobService {

    private final JobRepository jobs;
    private final BeanProvider<JobScheduler> scheduler;
    private final Clock clock = Clock.systemUTC();

    public JobService(JobRepository jobs, BeanProvider<JobScheduler> scheduler) {
        this.jobs = jobs;
        this.scheduler = scheduler;
    }

    /**
     * Queues a repair of a revision. A repair of the same kind already queued or running is
     * returned instead of a second one; one of another kind is a conflict.
     */
    public RepairJob start(Revision revision, @Nullable Upgrade upgrade) {
        Optional<RepairJob> active = jobs.active(revision.name());
        if (active.isPresent() && active.get().revision() == revision.revision()) {
            RepairJob running = active.get();
            if (running.upgrade() == upgrade) {
                return running;
            }
            throw new ProblemException(HttpStatus.CONFLICT, "job " + running.id() + " is already repairing "
                    + revision.name() + "; cancel it or wait for it to end");
        }
        RepairJob job = new RepairJob(UUID.randomUUID().toString(), revision.name(), revision.revision(), upgrade,
                JobState.QUEUED, revision.papersToRepair(), 0, 0, 0, 0, null, null, null, clock.instant(),
                null, null, null);
        jobs.insert(job);
        return job;
    }

    /** Workers take new jobs at once rather than at their next poll; call after the job is committed. */
    public void wake() {
        scheduler.ifPresent(JobScheduler::wake);
    }

    /** Cancels the queued or running jobs of other revisions: a re-upload or a restore supersedes them. */
    public void supersede(String digest, int revision) {
        jobs.active(digest).filter(j -> j.revision() != revision).ifPresent(j -> {
            if (jobs.cancel(j.id(), "superseded by revision " + revision, clock.instant())) {
                scheduler.ifPresent(s -> s.stopLocal(j.id()));
            }
        });
    }

    public Optional<RepairJob> find(String id) {
        return jobs.find(id);
    }

    public RepairJob require(String id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("no job " + id));
    }

    public List<RepairJob> forDigest(String digest, int limit) {
        return jobs.forDigest(digest, limit);
    }

    public Optional<RepairJob> active(String digest) {
        return jobs.active(digest);
    }

    public List<FinishedPaper> papers(String jobId) {
        return jobs.papers(jobId);
    }

    /** Cancels a job; papers it finished stay in the cache. */
    public RepairJob cancel(String id) {
        RepairJob job = require(id);
        if (job.state().terminal()) {
            throw new ProblemException(HttpStatus.CONFLICT, "job " + id + " has already ended: " + job.state());
        }
        if (jobs.cancel(id, "cancelled", clock.instant())) {
            scheduler.ifPresent(s -> s.stopLocal(id));
        }
        return require(id);
    }
}
