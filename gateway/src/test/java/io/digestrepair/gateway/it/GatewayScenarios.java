package io.digestrepair.gateway.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/**
 * An embedded gateway on the real parser-service and summarizer-service, its summarizer reached
 * through a counting proxy, on the store a subclass names; the schema is dropped afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class GatewayScenarios {

    Services services;
    SummarizerProxy proxy;
    EmbeddedGateway gateway;
    Api api;
    Map<String, Object> store;

    /** The store's settings. */
    abstract Map<String, Object> store();

    /** The gateway settings these scenarios need beside the store's. */
    abstract Map<String, Object> gatewaySettings();

    @BeforeAll
    void start() {
        services = Services.shared();
        proxy = new SummarizerProxy(services.summarizer.url());
        store = store();
        gateway = EmbeddedGateway.start(services.parser.url(), proxy.url(), store, gatewaySettings());
        api = gateway.api();
    }

    @AfterAll
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (proxy != null) {
            proxy.close();
        }
        if (store != null) {
            Databases.dropSchema(store);
        }
    }
}
