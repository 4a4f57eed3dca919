package io.github.celonisnb.magics.permissions;

/**
 * How much harm a permission does in the wrong hands; our own judgement, documented in DESIGN.md §3.
 * Declared from most to least severe, so {@link #compareTo} orders by severity.
 */
public enum Risk {
    /** Can mint or upgrade keys, manage members or provision users: the whole tenant is at stake. */
    CRITICAL,
    /** Can change, create, delete or push data, run code, or read raw files. */
    HIGH,
    /** Read or use only. */
    LOW,
    /** A name the catalogue does not know; shown and flagged, never dropped. */
    UNKNOWN;

    /** The word shown to users: {@code critical}, {@code high}, {@code low}, {@code unknown}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
