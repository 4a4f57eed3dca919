package io.github.celonisnb.magics.notebook.internal;

import java.io.IOException;

/**
 * Where the walker sends its decisions about bytes: replacements for string tokens, and how far the input is final.
 * Offsets are absolute byte offsets in the input.
 */
interface PatchSink {

    /** Bytes from {@code offset} on may still be replaced, however far {@link #advance} goes. */
    void hold(long offset);

    /** Ends one {@link #hold} at the same offset. */
    void release(long offset);

    /** Replaces {@code [start, end)} of the input by {@code replacement}. */
    void replace(long start, long end, byte[] replacement);

    /** No replacement will start before {@code offset}, except at held offsets. */
    void advance(long offset) throws IOException;

    /** While true, the parser is skipping a value the walker will not touch, so buffered bytes may be released. */
    void skipping(boolean skipping);

    /** Detected escaping style of the input so far, for encoding replacements. */
    JsonEscapeStyle style();
}
