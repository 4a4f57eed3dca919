package io.github.celonisnb.kernel.execution;

/** A snippet was declared but uses a name that does not exist yet. */
public final class UnresolvedReferenceException extends Exception {
    public UnresolvedReferenceException(String snippetName, String missing) {
        super("'" + snippetName + "' cannot run yet: it refers to " + missing
                + ", which is not defined. Define it in a cell, then run this one again.");
    }
}
