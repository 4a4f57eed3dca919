package io.github.celonisnb.kernel.ems;

import static org.junit.jupiter.api.Assertions.fail;

import io.github.celonisnb.emulator.IssuedKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test when a key it watches shows up where a notebook user could see it: in an exception's message,
 * {@code toString()}, cause chain, suppressed exceptions or printed stack trace, in an object's
 * {@code toString()}, or in anything written to {@code System.out}, {@code System.err} or the log during the
 * test (captured from before the test starts until after it ends).
 *
 * <p>Besides the key itself it looks for the secret inside it and for any 16 characters in a row of either,
 * so that a printed prefix or a decoded key counts as a leak too.
 */
final class KeyLeakGuard implements BeforeEachCallback, AfterEachCallback {

    private static final int WINDOW = 16;

    private final List<String> fragments = new CopyOnWriteArrayList<>();
    private ConsoleCapture console;

    /** Watches this key from now on and returns it. */
    IssuedKey watch(IssuedKey key) {
        watchValue(key.value());
        return key;
    }

    /** Watches this key value from now on and returns it. */
    String watchValue(String value) {
        addWindows(value);
        secretOf(value).ifPresent(this::addWindows);
        return value;
    }

    /** Fails when the failure, its causes or its suppressed exceptions reveal a watched key. */
    void assertNoKeyIn(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> pending = new ArrayList<>(List.of(failure));
        while (!pending.isEmpty()) {
            Throwable t = pending.remove(pending.size() - 1);
            if (!seen.add(t)) {
                continue;
            }
            String name = t.getClass().getName();
            assertNoKeyIn(String.valueOf(t.getMessage()), name + ".getMessage()");
            assertNoKeyIn(String.valueOf(t.getLocalizedMessage()), name + ".getLocalizedMessage()");
            assertNoKeyIn(t.toString(), name + ".toString()");
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(List.of(t.getSuppressed()));
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        assertNoKeyIn(trace.toString(), "the printed stack trace of " + failure.getClass().getName());
    }

    /** Fails when the object's {@code toString()} reveals a watched key. */
    void assertNoKeyInToString(Object object) {
        assertNoKeyIn(String.valueOf(object), object.getClass().getName() + ".toString()");
    }

    /** Fails when the text holds a watched key or a piece of one; {@code where} names the text in the failure. */
    void assertNoKeyIn(String text, String where) {
        for (String fragment : fragments) {
            if (text.contains(fragment)) {
                // The failure names where, never what: the report itself must not leak the key.
                fail("A key (or 16 characters of it) appears in " + where);
            }
        }
    }

    /** What the test printed or logged so far. */
    String printed() {
        return console.text();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        console = ConsoleCapture.start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        String text = console.text();
        console.close();
        assertNoKeyIn(text, "what the test printed to System.out, System.err or the log");
    }

    private void addWindows(String value) {
        for (int i = 0; i + WINDOW <= value.length(); i++) {
            fragments.add(value.substring(i, i + WINDOW));
        }
    }

    /** The 44-character secret after the colon of a decoded {@code <uuid>:<secret>} key, if it is one. */
    private static Optional<String> secretOf(String value) {
        try {
            String plain = new String(Base64.getDecoder().decode(value), StandardCharsets.US_ASCII);
            int colon = plain.indexOf(':');
            return colon < 0 ? Optional.empty() : Optional.of(plain.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
