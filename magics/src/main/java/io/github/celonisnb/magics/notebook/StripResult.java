package io.github.celonisnb.magics.notebook;

import java.util.List;
import java.util.Objects;

/** What stripping a notebook produced: the bytes, whether they differ, and warnings about the options. */
public final class StripResult {

    private final byte[] bytes;
    private final boolean changed;
    private final List<String> warnings;

    StripResult(byte[] bytes, boolean changed, List<String> warnings) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
        this.changed = changed;
        this.warnings = List.copyOf(warnings);
    }

    /** The stripped notebook; the very input array when nothing changed. Not copied: do not modify it. */
    public byte[] bytes() {
        return bytes;
    }

    public boolean changed() {
        return changed;
    }

    /** For example {@code Ignoring invalid extra key `foo`: extra keys start with "metadata." or "cell."}. */
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String toString() {
        return "StripResult[changed=" + changed + ", bytes=" + bytes.length + ", warnings=" + warnings + "]";
    }
}
