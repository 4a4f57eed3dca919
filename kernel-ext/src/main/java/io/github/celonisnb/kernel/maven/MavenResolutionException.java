package io.github.celonisnb.kernel.maven;

/** {@code %maven} could not resolve what it was asked for; the message says what and what to try. */
public final class MavenResolutionException extends Exception {
    public MavenResolutionException(String message) {
        super(message);
    }
}
