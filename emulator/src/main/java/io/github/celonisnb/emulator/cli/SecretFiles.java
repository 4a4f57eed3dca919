package io.github.celonisnb.emulator.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes and reads small secret files that only their owner may read (mode 0600 where POSIX). */
final class SecretFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SecretFiles() {
    }

    /**
     * Replaces the file's content with the text and a newline. The file is created owner-only
     * beside the target and renamed over it, so the secret is never readable by others, not even briefly.
     */
    static void writeOwnerOnly(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp", ownerOnly());
        try {
            Files.writeString(temp, text + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The first line of the file, trimmed. */
    static String readFirstLine(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8);
        int newline = content.indexOf('\n');
        return (newline < 0 ? content : content.substring(0, newline)).trim();
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)};
        }
        return new FileAttribute<?>[0];
    }
}
