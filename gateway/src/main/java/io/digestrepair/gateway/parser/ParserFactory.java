package io.digestrepair.gateway.parser;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

/** parser-service, reached through the declarative client configured under {@code micronaut.http.services.parser}. */
@Factory
public class ParserFactory {

    @Singleton
    Parser parser(ParserClient client, JsonMapper json) {
        return new Parser(client, json);
    }
}
