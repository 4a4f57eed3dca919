package io.github.celonisnb.magics.magic;

/**
 * A masked prompt was asked for where no one can answer it: the front end does not allow input (nbconvert and
 * other headless runs never do). The message says which non-interactive source to use instead.
 */
public final class PromptUnavailableException extends Exception {
    public PromptUnavailableException(String message) {
        super(message);
    }
}
