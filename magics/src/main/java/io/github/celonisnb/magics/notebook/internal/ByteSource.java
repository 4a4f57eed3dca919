package io.github.celonisnb.magics.notebook.internal;

/** Random access to the raw bytes of the notebook being parsed, by absolute offset. */
interface ByteSource {

    /** The byte at {@code offset}; it must not have been released yet. */
    byte byteAt(long offset);

    /** A copy of {@code [from, to)}. */
    byte[] slice(long from, long to);
}
