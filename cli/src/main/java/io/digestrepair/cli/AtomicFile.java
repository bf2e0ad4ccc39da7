package io.digestrepair.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content so that a reader (or a {@code git add} after a kill) sees either the old
 * bytes or the new ones, never a part: the new bytes go to a hidden file beside the target, are
 * forced to disk, and the file is renamed over the target (a rename within one directory is atomic
 * on POSIX file systems). The target's permissions are kept; a new file gets the umask's.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /** What {@link #replace} did. */
    enum Outcome {
        REPLACED,
        /** The bytes were already those: the file, its mtime included, is untouched. */
        UNCHANGED
    }

    /** Writes {@code content} as {@code target}'s new content; a file already holding it is left alone. */
    static Outcome replace(Path target, byte[] content) throws IOException {
        return replace(target, content, Stage.NONE);
    }

    /** A hook between the steps, for the test that kills a writer mid-way. */
    interface Stage {
        Stage NONE = written -> {
        };

        void reached(Path partial) throws IOException;
    }

    static Outcome replace(Path target, byte[] content, Stage halfWritten) throws IOException {
        if (Files.isRegularFile(target) && Files.size(target) == content.length
                && java.util.Arrays.equals(Files.readAllBytes(target), content)) {
            return Outcome.UNCHANGED;
        }
        Path dir = target.toAbsolutePath().getParent();
        Path temp = temporaryBeside(dir, target.getFileName().toString());
        try {
            // CREATE_NEW through the OS's open(2): the umask applies, unlike Files.createTempFile's 0600
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                int half = content.length / 2;
                buffer.limit(half);
                writeFully(channel, buffer);
                halfWritten.reached(temp);
                buffer.limit(content.length);
                writeFully(channel, buffer);
                channel.force(true);
            }
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot replace " + target + " atomically on this file system", e);
            }
            forceDirectory(dir);
            return Outcome.REPLACED;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeFully(FileChannel channel, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Hidden, so that a watched folder or a glob such as {@code data/*.md} never picks it up. */
    private static Path temporaryBeside(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temp = dir.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            if (!Files.exists(temp)) {
                return temp;
            }
            if (attempt > 10) {
                throw new FileAlreadyExistsException(temp.toString());
            }
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** The rename itself reaches the disk only when the directory is synced (fsync(2) on the directory). */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some file systems cannot open a directory for reading; the rename stands either way
        }
    }
}
