package io.github.celonisnb.kernel.demo;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a key file in the common {@code {"url": ..., "api_token": ...}} form, readable only by its
 * owner (mode 0600 from the moment it exists), atomically: a reader sees the old file or the new one.
 */
public final class KeyFileWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private KeyFileWriter() {
    }

    /** Writes {@code file}; the key is passed as a char sequence and never logged. */
    public static void write(Path file, String url, CharSequence key) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Map<String, String> content = new LinkedHashMap<>();
        content.put("url", url);
        content.put("api_token", key.toString());
        byte[] bytes = (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(content) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        Path temp = Files.createTempFile(dir, ".key-file", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                channel.write(java.nio.ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
