package io.github.celonisnb.magics.permissions;

import java.util.Objects;

/**
 * A sentence the report adds below its table: a warning that teaches what to do, or a note.
 *
 * @param kind what it is about
 * @param text the sentence, ending with a full stop
 */
public record Notice(NoticeKind kind, String text) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** {@code Warning: ...} or {@code Note: ...}. */
    public String line() {
        return (kind.isWarning() ? "Warning: " : "Note: ") + text;
    }
}
