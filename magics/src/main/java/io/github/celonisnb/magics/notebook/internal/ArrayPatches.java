package io.github.celonisnb.magics.notebook.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Collects replacements for a notebook held in one byte array, and applies them all at the end. */
final class ArrayPatches implements PatchSink, ByteSource {

    private record Patch(long start, long end, byte[] replacement) {
    }

    private final byte[] input;
    private final List<Patch> patches = new ArrayList<>();
    private JsonEscapeStyle style;

    ArrayPatches(byte[] input) {
        this.input = input;
    }

    @Override
    public byte byteAt(long offset) {
        return input[Math.toIntExact(offset)];
    }

    @Override
    public byte[] slice(long from, long to) {
        return Arrays.copyOfRange(input, Math.toIntExact(from), Math.toIntExact(to));
    }

    @Override
    public void hold(long offset) {
    }

    @Override
    public void release(long offset) {
    }

    @Override
    public void replace(long start, long end, byte[] replacement) {
        patches.add(new Patch(start, end, replacement));
    }

    @Override
    public void advance(long offset) {
    }

    @Override
    public void skipping(boolean skipping) {
    }

    @Override
    public JsonEscapeStyle style() {
        if (style == null) {
            JsonEscapeStyle.Detector detector = new JsonEscapeStyle.Detector();
            detector.feed(input, 0, input.length);
            style = detector.style();
        }
        return style;
    }

    /** The input with every replacement applied; the input array itself when there is none. */
    byte[] apply() {
        if (patches.isEmpty()) {
            return input;
        }
        patches.sort(Comparator.comparingLong(Patch::start));
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length);
        int at = 0;
        for (Patch patch : patches) {
            int start = Math.toIntExact(patch.start);
            if (start < at) {
                throw new IllegalStateException("Overlapping replacements at byte " + start);
            }
            out.write(input, at, start - at);
            out.write(patch.replacement, 0, patch.replacement.length);
            at = Math.toIntExact(patch.end);
        }
        out.write(input, at, input.length - at);
        return out.toByteArray();
    }
}
