package io.github.celonisnb.magics.notebook;

import java.io.ByteArrayInputStream;
import java.util.Random;

/** Hands out a few bytes per read, as pipes and slow disks do, so that every buffer boundary gets tested. */
final class ThrottledInputStream extends ByteArrayInputStream {

    private final Random random;
    private final int maxChunk;

    ThrottledInputStream(byte[] bytes, long seed, int maxChunk) {
        super(bytes);
        this.random = new Random(seed);
        this.maxChunk = maxChunk;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(maxChunk)));
    }
}
