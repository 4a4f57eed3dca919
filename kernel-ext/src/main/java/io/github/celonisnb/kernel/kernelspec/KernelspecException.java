package io.github.celonisnb.kernel.kernelspec;

/** A kernelspec folder cannot be changed as asked; the message names the file and what to do. */
public final class KernelspecException extends Exception {
    public KernelspecException(String message) {
        super(message);
    }
}
