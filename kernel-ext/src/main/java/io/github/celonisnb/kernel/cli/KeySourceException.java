package io.github.celonisnb.kernel.cli;

/**
 * A key file or variable that should hold a key to look for does not: the scan would miss that key, so it does not
 * start. The message names the file or variable and never shows its content.
 */
final class KeySourceException extends Exception {

    private static final long serialVersionUID = 1L;

    KeySourceException(String message) {
        super(message);
    }
}
