package io.github.celonisnb.kernel.cli;

import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a command reads a secret from: the terminal with echo off when there is one, else the first line of
 * standard input (for scripts: {@code celonis-nb key save --app-key < key.txt}).
 */
interface SecretInput {

    /**
     * Reads one secret. The caller clears the array when done.
     *
     * @param prompt shown on the terminal; not shown when reading a pipe
     * @return the characters read, without the line end; empty at the end of input
     */
    char[] read(String prompt) throws IOException;

    /** The console when attached to a terminal, else standard input. */
    static SecretInput consoleOrStdin() {
        Console console = System.console();
        if (console != null) {
            return prompt -> {
                char[] typed = console.readPassword("%s", prompt);
                return typed == null ? new char[0] : typed;
            };
        }
        return stream(System.in);
    }

    /** The first line of a stream. */
    static SecretInput stream(InputStream in) {
        return prompt -> firstLine(in);
    }

    private static char[] firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, length));
        char[] secret = Arrays.copyOf(chars.array(), chars.limit());
        Arrays.fill(bytes, (byte) 0);
        Arrays.fill(chars.array(), '\0');
        return secret;
    }
}
