package io.digestrepair.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AtomicFileTest {

    @Test
    void replacesTheContentAndKeepsTheMode(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("day.md"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(AtomicFile.Outcome.REPLACED, AtomicFile.replace(file, "new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(file));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of(file), list(dir), "no temporary file is left beside it");
    }

    @Test
    void theSameBytesLeaveTheFileAndItsMtimeAlone(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("day.md"), "same");
        FileTime past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(file, past);
        assertEquals(AtomicFile.Outcome.UNCHANGED, AtomicFile.replace(file, "same".getBytes(StandardCharsets.UTF_8)));
        assertEquals(past, Files.getLastModifiedTime(file));
    }

    @Test
    void aFailureMidWayLeavesTheOriginal(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("day.md"), "original");
        try {
            AtomicFile.replace(file, "a longer repaired text".getBytes(StandardCharsets.UTF_8), partial -> {
                throw new IOException("disk full");
            });
        } catch (IOException expected) {
            assertEquals("disk full", expected.getMessage());
        }
        assertEquals("original", Files.readString(file));
        assertEquals(List.of(file), list(dir));
    }

    /** A real kill -9 of a writer half-way through: the target still holds every original byte. */
    @Test
    void aKilledWriterLeavesTheOriginalIntact(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("2026-06-09.md");
        byte[] original = "# original digest\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
        Files.write(file, original);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KilledWriter.class.getName(), file.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals(KilledWriter.HALF, out.readLine(), "the writer reached the middle of its write");
            writer.destroyForcibly();
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }
        assertArrayEquals(original, Files.readAllBytes(file));
        // what a kill can leave is the hidden half-written file beside it, never a visible one
        assertEquals(List.of(file), list(dir).stream().filter(p -> !p.getFileName().toString().startsWith(".")).toList());
    }

    /** Writes a repaired text over its argument and stops half-way, to be killed there. */
    public static final class KilledWriter {
        static final String HALF = "half written";

        public static void main(String[] args) throws IOException {
            byte[] repaired = "# repaired digest\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);
            AtomicFile.replace(Path.of(args[0]), repaired, partial -> {
                System.out.println(HALF);
                System.out.flush();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
