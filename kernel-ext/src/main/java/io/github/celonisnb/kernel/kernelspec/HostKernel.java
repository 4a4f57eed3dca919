package io.github.celonisnb.kernel.kernelspec;

import java.util.Optional;

import io.github.celonisnb.kernel.ijava.IJavaExtension;

/**
 * A kernel the magics can join, and the {@code kernel.json} environment entries that make it load them:
 * IJava reads a class path and a startup script, JJava a class path (its extension loader does the rest).
 */
public enum HostKernel {

    IJAVA("IJava", "IJAVA_CLASSPATH", "IJAVA_STARTUP_SCRIPT", IJavaExtension.INSTALL_CALL),
    JJAVA("JJava", "JJAVA_CLASSPATH", null, null);

    private final String displayName;
    private final String classpathVariable;
    private final String startupVariable;
    private final String startupCall;

    HostKernel(String displayName, String classpathVariable, String startupVariable, String startupCall) {
        this.displayName = displayName;
        this.classpathVariable = classpathVariable;
        this.startupVariable = startupVariable;
        this.startupCall = startupCall;
    }

    /** The kernel's name as users know it. */
    public String displayName() {
        return displayName;
    }

    /** The variable holding the kernel's extra class path. */
    public String classpathVariable() {
        return classpathVariable;
    }

    /** The variable holding Java the kernel runs at start, if it needs one to install the magics. */
    public Optional<String> startupVariable() {
        return Optional.ofNullable(startupVariable);
    }

    /** The Java that installs the magics, for {@link #startupVariable()}. */
    public Optional<String> startupCall() {
        return Optional.ofNullable(startupCall);
    }
}
