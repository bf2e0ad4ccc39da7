package io.digestrepair.gateway.summarizer;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/** summarizer-service, reached through the declarative client configured under {@code micronaut.http.services.summarizer}. */
@Factory
public class SummarizerFactory {

    @Singleton
    Summarizer summarizer(SummarizerClient client, JsonMapper json) {
        return new Summarizer(client, json);
    }
}
