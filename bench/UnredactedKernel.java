package io.github.celonisnb.kernel;

import java.nio.file.Path;

import io.github.celonisnb.magics.secrets.SecretRegistry;

/**
 * The celonis-nb kernel with its message and stream redaction replaced by identity functions: for
 * bench/run-print-overhead only, to measure what redaction costs a cell. Never install it for use.
 */
public final class UnredactedKernel {

    private UnredactedKernel() {
    }

    public static void main(String[] args) throws Exception {
        KernelMain.quietLogging();
        KernelMain.serve(Path.of(args[0]), new SecretRegistry(), text -> text, (context, text) -> text);
        System.exit(0);
    }
}
