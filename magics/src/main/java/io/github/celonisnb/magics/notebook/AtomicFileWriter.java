package io.github.celonisnb.magics.notebook;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Replaces a file's content so that readers see either the old or the new bytes, never a mix: the new bytes go to a
 * temporary file in the same folder, are flushed to disk, get the old file's permissions, and the temporary file is
 * renamed over the old one. When the content is already equal, nothing is written and the file's modification time
 * stays as it was (editors and {@code make} rely on that).
 */
public final class AtomicFileWriter {

    private AtomicFileWriter() {
    }

    /**
     * Writes {@code bytes} to {@code target} atomically, following a symbolic link to the file it points to.
     *
     * @return true when the file was written, false when it already held exactly these bytes
     * @throws IOException when the folder is not writable or the file system cannot rename atomically; the target is
     *                     then unchanged and no temporary file is left behind
     */
    public static boolean write(Path target, byte[] bytes) throws IOException {
        Path file = Files.isSymbolicLink(target) ? target.toRealPath() : target.toAbsolutePath();
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        Path folder = file.getParent();
        Path temporary = createTemporary(folder, file.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(file, temporary);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("Cannot replace " + file + " atomically: the file system of " + folder
                        + " does not support atomic renames. Sanitize to stdout and move the file yourself.", e);
            }
            syncFolder(folder);
            return true;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path createTemporary(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve("." + name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 10) {
                    throw e;
                }
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        if (source != null) {
            Set<PosixFilePermission> permissions = source.readAttributes().permissions();
            Files.setPosixFilePermissions(to, permissions);
        }
    }

    /** Makes the rename itself durable; skipped where folders cannot be opened (Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The rename has happened; durability of the folder entry is best effort here.
        }
    }
}
