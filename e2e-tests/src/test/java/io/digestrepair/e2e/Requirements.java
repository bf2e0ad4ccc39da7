package io.digestrepair.e2e;

import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;

/** What these tests need of the machine; under CI a missing part fails the test instead of skipping it. */
final class Requirements {

    private Requirements() {
    }

    static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static void require(boolean present, String what) {
        if (present) {
            return;
        }
        if (underCi()) {
            fail(what + " is missing, and CI=true: this test must run, not skip");
        }
        Assumptions.assumeTrue(false, what + " is missing; skipped outside CI");
    }

    static void requireDocker() {
        boolean available;
        try {
            available = DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            available = false;
        }
        require(available, "a Docker engine");
    }

    /** A service's runnable jar; it must have been packaged by the reactor before these tests. */
    static Path jar(String module) {
        Path jar = root().resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT-all.jar");
        if (!Files.isRegularFile(jar)) {
            fail(jar + " is missing: run ./mvnw verify from the repository root so the services are packaged first");
        }
        return jar;
    }

    static Path root() {
        return io.digestrepair.core.SharedData.projectRoot();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
