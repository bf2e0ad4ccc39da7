package io.digestrepair.gateway.it;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A gateway in the test's JVM, on a random port, with its own store and directories. */
public final class EmbeddedGateway implements AutoCloseable {

    private final EmbeddedServer server;
    private final Path dir;

    private EmbeddedGateway(EmbeddedServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    /**
     * @param store    the store's settings (see {@link Databases}); an H2 file in a fresh directory when empty
     * @param settings anything else, over the test defaults
     */
    public static EmbeddedGateway start(String parserUrl, String summarizerUrl, Map<String, Object> store, Map<String, Object> settings) {
        try {
            Path dir = Files.createTempDirectory("gateway-test-");
            Map<String, Object> p = new HashMap<>();
            p.put("micronaut.server.port", -1);
            p.put("micronaut.http.services.parser.url", parserUrl);
            p.put("micronaut.http.services.summarizer.url", summarizerUrl);
            p.put("gateway.store.h2-file", dir.resolve("data/gateway").toString());
            p.put("gateway.watch.enabled", false);
            p.put("gateway.watch.digests-dir", dir.resolve("digests").toString());
            p.put("gateway.watch.repaired-dir", dir.resolve("repaired").toString());
            p.put("gateway.jobs.poll-interval", "200ms");
            p.put("gateway.jobs.retry-initial-delay", "200ms");
            p.put("gateway.jobs.retry-max-delay", "1s");
            p.put("gateway.api-token", "");
            p.putAll(store);
            p.putAll(settings);
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, p, "test");
            return new EmbeddedGateway(server, dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    public Api api() {
        return new Api(url());
    }

    public Path dir() {
        return dir;
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    @Override
    public void close() {
        server.close();
    }
}
