package io.github.celonisnb.magics.notebook.gitfilter;

import java.util.Objects;

/**
 * One file the filter could not filter.
 *
 * @param pathname the path git gave, relative to the repository
 * @param status   {@link FilterStatus#ERROR} or {@link FilterStatus#ABORT}
 * @param reason   what went wrong, without file content
 */
public record FilterFailure(String pathname, FilterStatus status, String reason) {

    public FilterFailure {
        Objects.requireNonNull(pathname, "pathname");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}
