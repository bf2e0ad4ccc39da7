package io.digestrepair.simulator;

import io.digestrepair.simulator.fault.Fault;
import io.digestrepair.simulator.wire.ChatCompletion;
import io.digestrepair.simulator.wire.OpenAiError;

/** What to send back for one chat request, and after how long. */
public sealed interface Reply {

    long delayMs();

    Fault fault();

    /** A 200 with a completion, good or faulty in its content. */
    record Completion(ChatCompletion body, Fault fault, long delayMs) implements Reply {
    }

    /** An error status with an OpenAI error body; {@code retryAfterSeconds} is null when no header is sent. */
    record Failure(int status, OpenAiError body, Integer retryAfterSeconds, Fault fault, long delayMs) implements Reply {
    }
}
