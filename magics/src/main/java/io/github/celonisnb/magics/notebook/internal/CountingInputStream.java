package io.github.celonisnb.magics.notebook.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read and notices the end of the input, to tell a truncated file from a malformed one. */
final class CountingInputStream extends FilterInputStream {

    private long count;
    private boolean ended;

    CountingInputStream(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            ended = true;
        } else {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            ended = true;
        } else {
            count += n;
        }
        return n;
    }

    /** The total number of bytes once the input has ended, else -1. */
    long inputEnd() {
        return ended ? count : -1;
    }
}
