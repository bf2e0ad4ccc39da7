package io.digestrepair.gateway.web;

import io.digestrepair.gateway.repair.JobService;
import io.digestrepair.gateway.repair.RepairJob;
import io.digestrepair.gateway.serve.ApiViews;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Named;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/** Repair jobs: state, cancellation, and progress as server-sent events. */
@Controller("/api/jobs")
public class JobApiController {

    /** How often a progress stream looks at the job; the store is the truth, whichever replica runs the job. */
    private static final Duration TICK = Duration.ofMillis(250);
    private static final Duration LONGEST_STREAM = Duration.ofHours(6);

    private final JobService jobs;
    private final Scheduler blocking;

    public JobApiController(JobService jobs, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.jobs = jobs;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    @Get(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public ApiViews.JobView job(@PathVariable String id) {
        RepairJob job = jobs.require(id);
        return ApiViews.JobView.of(job, jobs.papers(id));
    }

    /** Cancels a queued or running job (409 when it has ended); the papers it finished stay cached. */
    @Delete(value = "/{id}", produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public ApiViews.JobView cancel(@PathVariable String id) {
        return ApiViews.JobView.of(jobs.cancel(id), jobs.papers(id));
    }

    /** A {@code progress} event now and at every change, the last one when the job ends. */
    @Get(value = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public Publisher<Event<ApiViews.JobView>> events(@PathVariable String id) {
        // looked up before the stream starts: an unknown job is a 404 problem, not a broken stream
        RepairJob job = jobs.require(id);
        return Mono.just(job)
                .flatMapMany(first -> Flux.interval(Duration.ZERO, TICK)
                        .onBackpressureDrop()
                        .publishOn(blocking)
                        .map(tick -> jobs.find(id).orElse(first))
                        .distinctUntilChanged(j -> j.state() + "/" + j.done() + "/" + j.total() + "/" + Objects.toString(j.message()))
                        .takeUntil(j -> j.state().terminal())
                        .take(LONGEST_STREAM))
                .map(j -> Event.of(ApiViews.JobView.of(j, null)).name("progress").id(j.state() + "-" + j.done()));
    }
}
