package io.digestrepair.parser.http;

import io.digestrepair.support.ProblemException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/** Bounds how many digests are worked on at once: each holds its body, its texts and its answer in memory. */
@Singleton
class DigestWork {

    private final Semaphore slots;

    DigestWork(ParserConfiguration configuration) {
        this.slots = new Semaphore(Math.max(1, configuration.concurrentWork()), true);
    }

    <T> T run(Supplier<T> work) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "interrupted while waiting for a free worker");
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
