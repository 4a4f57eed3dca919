package io.github.celonisnb.magics.secrets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * An output stream that passes UTF-8 text on with every registered secret redacted, even when a secret
 * arrives split across several writes.
 *
 * <p>Text is passed on as soon as it cannot be part of a secret; only a tail that could be the start of a
 * registered form is held back until the next write shows whether it is one. {@link #flush()} passes on
 * everything that cannot start a secret and flushes the downstream stream; {@link #flushAll()} and
 * {@link #close()} pass on the rest as well, redacted. Output is what {@link SecretRegistry#redact(String)}
 * makes of all the text written, however the writes were split.
 *
 * <p>Bytes are decoded as UTF-8; a character split between two writes is joined before matching, and
 * malformed bytes become U+FFFD. While nothing is registered, bytes pass through unchanged.
 *
 * <p>Thread-safe: every method locks the stream.
 */
public final class RedactingOutputStream extends OutputStream {

    /**
     * A tail longer than this is passed on even if it could begin a secret. Only a long chain of overlapping
     * matches of a repetitive secret can hold this much back; an ordinary tail is at most a form's length.
     */
    static final int MAX_HELD_CHARS = 1 << 16;

    private final OutputStream downstream;
    private final SecretRegistry registry;
    private final StringBuilder held = new StringBuilder();
    private byte[] partialCharacter = new byte[0];
    private boolean closed;

    /** Writes redacted text to {@code downstream}, redacting what {@code registry} holds at each write. */
    public RedactingOutputStream(OutputStream downstream, SecretRegistry registry) {
        this.downstream = Objects.requireNonNull(downstream, "downstream");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        ensureOpen();
        if (length == 0) {
            return;
        }
        byte[] input = bytes;
        int start = offset;
        int end = offset + length;
        if (partialCharacter.length > 0) {
            input = joinPartialCharacter(bytes, offset, length);
            start = 0;
            end = input.length;
        }
        int complete = end - Utf8.incompleteTailLength(input, start, end);
        partialCharacter = Arrays.copyOfRange(input, complete, end);

        RegisteredSecrets secrets = registry.snapshot();
        if (secrets.isEmpty() && held.length() == 0) {
            downstream.write(input, start, complete - start);
            return;
        }
        if (held.length() == 0) {
            passOnFresh(secrets, input, start, complete);
            return;
        }
        held.append(new String(input, start, complete - start, StandardCharsets.UTF_8));
        passOnSafePart(secrets);
    }

    /**
     * {@link #passOnSafePart} for a write with nothing held before it, without the copies through the held buffer:
     * where the whole text is safe and holds nothing secret, as nearly every write of a cell that prints a lot,
     * its own bytes go on.
     */
    private void passOnFresh(RegisteredSecrets secrets, byte[] input, int start, int end) throws IOException {
        String text = new String(input, start, end - start, StandardCharsets.UTF_8);
        int cut = safeCut(secrets, text);
        if (cut == text.length()) {
            String redacted = secrets.redact(text);
            if (redacted == text && text.indexOf('\uFFFD') < 0) {
                // Without a replacement character the bytes were valid UTF-8, which the text encodes back to.
                downstream.write(input, start, end - start);
            } else {
                downstream.write(redacted.getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        if (cut > 0) {
            downstream.write(secrets.redact(text.substring(0, cut)).getBytes(StandardCharsets.UTF_8));
        }
        held.append(text, cut, text.length());
    }

    /** Passes on everything that cannot start a secret, then flushes the downstream stream. */
    @Override
    public synchronized void flush() throws IOException {
        ensureOpen();
        passOnSafePart(registry.snapshot());
        downstream.flush();
    }

    /**
     * Passes on all text written so far, redacted, including a held tail and an incomplete character (as
     * U+FFFD), then flushes the downstream stream. Use it where the output ends, e.g. when a cell finishes.
     */
    public synchronized void flushAll() throws IOException {
        ensureOpen();
        passOnEverything();
        downstream.flush();
    }

    /** Passes on everything as {@link #flushAll()} does, then closes the downstream stream. Idempotent. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            passOnEverything();
        } finally {
            closed = true;
            downstream.close();
        }
    }

    private byte[] joinPartialCharacter(byte[] bytes, int offset, int length) {
        byte[] input = new byte[partialCharacter.length + length];
        System.arraycopy(partialCharacter, 0, input, 0, partialCharacter.length);
        System.arraycopy(bytes, offset, input, partialCharacter.length, length);
        return input;
    }

    private void passOnSafePart(RegisteredSecrets secrets) throws IOException {
        if (held.length() == 0) {
            return;
        }
        String text = held.toString();
        int cut = safeCut(secrets, text);
        if (cut == 0) {
            return;
        }
        downstream.write(secrets.redact(text.substring(0, cut)).getBytes(StandardCharsets.UTF_8));
        held.delete(0, cut);
    }

    /**
     * Where the text may be cut: before its tail that could begin a secret, unless that tail is overlong. The
     * bound is on the tail, not on the text: a write of more than {@value #MAX_HELD_CHARS} characters that ends in
     * the first characters of a key must still hold them back.
     */
    private static int safeCut(RegisteredSecrets secrets, String text) {
        int cut = secrets.safeCut(text);
        return text.length() - cut > MAX_HELD_CHARS ? text.length() : cut;
    }

    private void passOnEverything() throws IOException {
        if (partialCharacter.length > 0) {
            held.append(new String(partialCharacter, StandardCharsets.UTF_8));
            partialCharacter = new byte[0];
        }
        if (held.length() > 0) {
            String text = held.toString();
            held.setLength(0);
            downstream.write(registry.snapshot().redact(text).getBytes(StandardCharsets.UTF_8));
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("The redacting stream is closed");
        }
    }
}
