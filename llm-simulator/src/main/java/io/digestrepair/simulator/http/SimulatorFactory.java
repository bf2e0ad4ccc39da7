package io.digestrepair.simulator.http;

import io.digestrepair.simulator.Simulator;
import io.digestrepair.simulator.fault.SimulatorSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

@Factory
public class SimulatorFactory {

    /** Fails the start with the setting's name when an environment variable is unusable. */
    @Singleton
    public Simulator simulator() {
        return new Simulator(SimulatorSettings.fromEnvironment(System.getenv()), Clock.systemUTC());
    }

    /**
     * Sends delayed replies. A timer, not a thread per request: thousands of requests can wait their latency (or
     * hang) at once, and the threads only ever hand a finished reply back to the server.
     */
    @Singleton
    @Named("reply-timer")
    @Bean(preDestroy = "shutdownNow")
    public ScheduledExecutorService replyTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(2, r -> {
            Thread t = new Thread(r, "reply-timer");
            t.setDaemon(true);
            return t;
        });
        // a client that gives up on a hang must not leave its reply queued for minutes
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }
}
