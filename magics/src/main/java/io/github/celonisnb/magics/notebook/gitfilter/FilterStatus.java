package io.github.celonisnb.magics.notebook.gitfilter;

/** The status a filter reports for one file; {@link #toString()} is the word on the wire. */
public enum FilterStatus {
    /** The file was filtered; the content follows. */
    SUCCESS("success"),
    /** This file could not be filtered; git fails the command when the filter is required. */
    ERROR("error"),
    /** No file of this kind will be filtered for the rest of the session. */
    ABORT("abort");

    private final String word;

    FilterStatus(String word) {
        this.word = word;
    }

    @Override
    public String toString() {
        return word;
    }
}
