package io.github.celonisnb.magics.magic;

/**
 * Makes the logged-in session reachable under a variable name in the notebook. Kernels differ in
 * how (our kernel defines a JShell variable after the magic's snippet), so the magic only asks.
 */
@FunctionalInterface
public interface SessionBinder {

    /**
     * Asks for {@code variableName} to hold {@link CelonisSessions#current()} once the magic returns.
     *
     * @return whether the kernel will define it; if not, the magic tells the user how to get it
     */
    boolean bind(String variableName);
}
