package io.digestrepair.gateway.summarizer;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.time.Duration;

/** summarizer-service, reached through the declarative client configured under {@code micronaut.http.services.summarizer}. */
@Factory
public class SummarizerFactory {

    @Singleton
    Summarizer summarizer(SummarizerClient client, JsonMapper json,
                          @Value("${gateway.summarizer-info-ttl:10s}") Duration infoTtl) {
        return new Summarizer(client, json, infoTtl);
    }
}
