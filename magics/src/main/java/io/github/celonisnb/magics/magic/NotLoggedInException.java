package io.github.celonisnb.magics.magic;

/** Notebook code asked for the session before any login succeeded. */
public final class NotLoggedInException extends IllegalStateException {
    public NotLoggedInException() {
        super("Not logged in to Celonis EMS: run `%celonis_login --app-key` (or --user-key) first.");
    }
}
