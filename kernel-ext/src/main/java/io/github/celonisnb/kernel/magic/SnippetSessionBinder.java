package io.github.celonisnb.kernel.magic;

import java.util.concurrent.atomic.AtomicReference;

import io.github.celonisnb.kernel.execution.JavaEvaluator;
import io.github.celonisnb.magics.magic.CelonisSession;
import io.github.celonisnb.magics.magic.CelonisSessions;
import io.github.celonisnb.magics.magic.SessionBinder;

/**
 * Defines the session variable as a JShell variable, right after the snippet that ran the magic.
 * JShell cannot evaluate while it is evaluating, so the definition waits for the magic to return.
 */
final class SnippetSessionBinder implements SessionBinder {

    private final JavaEvaluator evaluator;
    private final AtomicReference<String> pending = new AtomicReference<>();

    SnippetSessionBinder(JavaEvaluator evaluator) {
        this.evaluator = evaluator;
        evaluator.afterEachSnippet(this::definePending);
    }

    @Override
    public boolean bind(String variableName) {
        if (!variableName.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Not a Java variable name: " + variableName);
        }
        pending.set(variableName);
        return true;
    }

    private void definePending() {
        String name = pending.getAndSet(null);
        if (name == null) {
            return;
        }
        try {
            evaluator.evalSnippet(CelonisSession.class.getName() + " " + name + " = "
                    + CelonisSessions.class.getName() + ".current();");
        } catch (Exception e) {
            System.err.println("The session could not be put in '" + name + "' (" + e.getClass().getSimpleName()
                    + "); get it with: var " + name + " = " + CelonisSessions.class.getName() + ".current();");
        }
    }
}
