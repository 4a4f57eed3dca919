package io.github.celonisnb.magics.notebook.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Copies a notebook from an input stream to an output stream while the parser reads it, splicing in replacements.
 * The parser reads through {@link #input()}, which keeps every byte that may still be replaced in a window; bytes
 * the walker has declared final are written out and dropped, so memory stays near the size of the largest value
 * being scanned, not the file.
 *
 * <p>While the parser skips a value nobody reads (an image), the window is released up to {@link #LAG} bytes behind
 * the read position: the parser's own buffer is far smaller, so the next token always starts inside the window.
 */
final class StreamSplicer implements PatchSink, ByteSource {

    /** Bytes kept behind the read position while skipping; well above the parser's 8,000-byte input buffer. */
    static final int LAG = 64 * 1024;

    private record Patch(long start, long end, byte[] replacement) {
    }

    private final InputStream source;
    private final OutputStream out;
    private final JsonEscapeStyle.Detector styleDetector = new JsonEscapeStyle.Detector();
    private final PriorityQueue<Patch> patches = new PriorityQueue<>((a, b) -> Long.compare(a.start, b.start));
    private final TreeMap<Long, Integer> holds = new TreeMap<>();

    private byte[] window = new byte[64 * 1024];
    /** Absolute offset of {@code window[0]}. */
    private long base;
    /** Bytes in the window. */
    private int size;
    /** Every byte before this offset has been written (or replaced). */
    private long written;
    private boolean skipping;
    private boolean sourceEnded;

    StreamSplicer(InputStream source, OutputStream out) {
        this.source = source;
        this.out = out;
    }

    /** The stream the parser reads: the source, recorded in the window as it passes. */
    InputStream input() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (skipping) {
                    flushTo(readPosition() - LAG);
                }
                int n = source.read(b, off, len);
                if (n > 0) {
                    record(b, off, n);
                } else if (n < 0) {
                    sourceEnded = true;
                }
                return n;
            }
        };
    }

    /** The total number of input bytes once the source has ended, else -1. */
    long inputEnd() {
        return sourceEnded ? readPosition() : -1;
    }

    /** Reads the rest of the source and writes everything out. */
    void finish() throws IOException {
        byte[] buffer = new byte[8192];
        int n;
        while ((n = source.read(buffer)) > 0) {
            record(buffer, 0, n);
        }
        if (!holds.isEmpty()) {
            throw new IllegalStateException("Unreleased hold at byte " + holds.firstKey());
        }
        flushTo(readPosition());
        out.flush();
    }

    @Override
    public byte byteAt(long offset) {
        return window[index(offset)];
    }

    @Override
    public byte[] slice(long from, long to) {
        int start = index(from);
        return Arrays.copyOfRange(window, start, start + Math.toIntExact(to - from));
    }

    @Override
    public void hold(long offset) {
        holds.merge(offset, 1, Integer::sum);
    }

    @Override
    public void release(long offset) {
        holds.computeIfPresent(offset, (k, v) -> v == 1 ? null : v - 1);
    }

    @Override
    public void replace(long start, long end, byte[] replacement) {
        if (start < written) {
            throw new IllegalStateException("Replacement at byte " + start + " comes after byte " + written
                    + " was written");
        }
        patches.add(new Patch(start, end, replacement));
    }

    @Override
    public void advance(long offset) throws IOException {
        flushTo(offset);
    }

    @Override
    public void skipping(boolean skipping) {
        this.skipping = skipping;
    }

    @Override
    public JsonEscapeStyle style() {
        return styleDetector.style();
    }

    private long readPosition() {
        return base + size;
    }

    private int index(long offset) {
        long i = offset - base;
        if (i < 0 || i >= size) {
            throw new IllegalStateException("Byte " + offset + " is outside the window [" + base + ", "
                    + readPosition() + ")");
        }
        return (int) i;
    }

    private void record(byte[] b, int off, int n) {
        styleDetector.feed(b, off, n);
        if (size + n > window.length) {
            compact();
            if (size + n > window.length) {
                window = Arrays.copyOf(window, Math.max(window.length * 2, size + n));
            }
        }
        System.arraycopy(b, off, window, size, n);
        size += n;
    }

    /** Drops written bytes from the front of the window. */
    private void compact() {
        int drop = (int) (written - base);
        if (drop > 0) {
            System.arraycopy(window, drop, window, 0, size - drop);
            size -= drop;
            base = written;
        }
    }

    /** Writes out everything before {@code offset} that is not held, applying replacements in order. */
    private void flushTo(long offset) throws IOException {
        long limit = Math.min(offset, readPosition());
        if (!holds.isEmpty()) {
            limit = Math.min(limit, holds.firstKey());
        }
        while (written < limit) {
            Patch next = patches.peek();
            if (next != null && next.start < limit) {
                writeRaw(written, next.start);
                out.write(next.replacement);
                written = next.end;
                patches.poll();
            } else {
                writeRaw(written, limit);
                written = limit;
            }
        }
    }

    private void writeRaw(long from, long to) throws IOException {
        if (to > from) {
            out.write(window, index(from), Math.toIntExact(to - from));
        }
    }
}
