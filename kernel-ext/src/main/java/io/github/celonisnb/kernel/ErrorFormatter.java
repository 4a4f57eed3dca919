package io.github.celonisnb.kernel;

import java.util.ArrayList;
import java.util.List;

import io.github.celonisnb.kernel.execution.CompilationException;
import io.github.celonisnb.kernel.execution.EvaluationInterruptedException;
import io.github.celonisnb.kernel.execution.EvaluationTimeoutException;
import io.github.celonisnb.kernel.execution.UnresolvedReferenceException;
import io.github.celonisnb.kernel.execution.UserCodeException;

/**
 * Turns what went wrong in a cell into the traceback lines Jupyter shows.
 *
 * <p>Errors the product raises for the user to act on (a missing key file, a rejected key) show
 * only their message: a stack trace of our internals would bury the one line that matters.
 * Compile errors point at the code; other exceptions show the frames of the user's code.
 */
final class ErrorFormatter {

    private static final String RED = "\u001b[0;31m";
    private static final String BOLD_RED = "\u001b[1;31m";
    private static final String RESET = "\u001b[0m";
    private static final String PRODUCT_PACKAGE = "io.github.celonisnb.";
    /** A stack overflow has a thousand identical frames; the first few say it all. */
    private static final int MAX_FRAMES = 25;

    List<String> format(Exception e) {
        if (e instanceof CompilationException ce) {
            return compilation(ce);
        }
        if (e instanceof EvaluationInterruptedException || e instanceof EvaluationTimeoutException
                || e instanceof UnresolvedReferenceException || isProductError(e)) {
            return List.of(BOLD_RED + e.getClass().getSimpleName() + RESET + ": " + e.getMessage());
        }
        return withFrames(e);
    }

    /** Our own exceptions carry messages written for users; everything else is a bug or user code. */
    static boolean isProductError(Throwable e) {
        String name = e.getClass().getName();
        return name.startsWith(PRODUCT_PACKAGE) && !(e instanceof UserCodeException);
    }

    private List<String> compilation(CompilationException ce) {
        List<String> lines = new ArrayList<>();
        for (CompilationException.Problem p : ce.problems()) {
            lines.add(BOLD_RED + "Compile error" + RESET + ": " + p.message().lines().findFirst().orElse(""));
            p.message().lines().skip(1).forEach(l -> lines.add("  " + l));
            lines.addAll(pointAt(p.source(), p.start(), p.end()));
        }
        return lines;
    }

    /** The source lines with the problem's span underlined, as javac does. */
    private static List<String> pointAt(String source, long start, long end) {
        List<String> lines = new ArrayList<>();
        int offset = 0;
        for (String line : source.split("\n", -1)) {
            int lineEnd = offset + line.length();
            boolean hit = start >= 0 && start <= lineEnd && Math.max(end, start + 1) > offset;
            lines.add((hit ? RED : "") + "| " + line + (hit ? RESET : ""));
            if (hit) {
                int from = (int) Math.max(start, offset) - offset;
                int to = (int) Math.min(Math.max(end, start + 1), lineEnd + 1) - offset;
                lines.add("| " + " ".repeat(from) + "^" + "-".repeat(Math.max(0, to - from - 1)));
            }
            offset = lineEnd + 1;
        }
        return lines;
    }

    private static List<String> withFrames(Exception e) {
        List<String> lines = new ArrayList<>();
        Throwable shown = e instanceof UserCodeException && e.getCause() != null ? e.getCause() : e;
        String name = e instanceof UserCodeException u ? u.originalClassName() : shown.getClass().getName();
        String message = shown.getMessage();
        lines.add(BOLD_RED + name + RESET + (message == null || message.isEmpty() ? "" : ": " + message));
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = shown; t != null && seen.add(t); t = t.getCause()) {
            if (t != shown) {
                lines.add("Caused by: " + t.getClass().getName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
            }
            int shownFrames = 0;
            int hidden = 0;
            for (StackTraceElement frame : t.getStackTrace()) {
                if (!isUserFrame(frame)) {
                    continue;
                }
                if (shownFrames < MAX_FRAMES) {
                    lines.add("    at " + describe(frame));
                    shownFrames++;
                } else {
                    hidden++;
                }
            }
            if (hidden > 0) {
                lines.add("    ... " + hidden + " more frames");
            }
        }
        return lines;
    }

    private static boolean isUserFrame(StackTraceElement frame) {
        String cls = frame.getClassName();
        return !(cls.startsWith("jdk.") || cls.startsWith("java.lang.reflect") || cls.startsWith("sun.")
                || cls.startsWith("java.util.concurrent") || cls.startsWith("io.github.celonisnb.kernel.")
                || cls.startsWith("io.github.spencerpark.") || cls.startsWith("java.lang.Thread"));
    }

    /**
     * JShell wraps each snippet in a class {@code REPL.$JShell$N}, whose line numbers are those of the
     * wrapper, not of the cell; say "a cell" so users know the frame is their code.
     */
    private static String describe(StackTraceElement frame) {
        if (frame.getClassName().startsWith("REPL.")) {
            return "<cell> (snippet " + frame.getClassName().substring(frame.getClassName().lastIndexOf('$') + 1) + ")";
        }
        return frame.toString();
    }
}
