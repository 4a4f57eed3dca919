package io.github.celonisnb.kernel.execution;

import java.util.Map;

import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/** Hands JShell our {@link InProcessExecutionControl} and keeps a reference for the evaluator. */
final class InProcessExecutionControlProvider implements ExecutionControlProvider {

    private final long timeoutMillis;
    private volatile InProcessExecutionControl control;

    InProcessExecutionControlProvider(long timeoutMillis) {
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public String name() {
        return "celonis-nb-in-process";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        control = new InProcessExecutionControl(timeoutMillis);
        return control;
    }

    /** The control JShell is using; set once JShell has been built. */
    InProcessExecutionControl control() {
        InProcessExecutionControl c = control;
        if (c == null) {
            throw new IllegalStateException("JShell has not created its execution control yet");
        }
        return c;
    }
}
