package io.github.celonisnb.kernel.execution;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Evaluates Java cells with JShell in this JVM: splits a cell into snippets, runs them in order, and
 * returns the value of the last expression.
 *
 * <p>Not thread-safe: the kernel evaluates one cell at a time. {@link #interrupt()} may be called
 * from another thread.
 */
public final class JavaEvaluator implements AutoCloseable {

    /** Returned by {@link #eval} when the cell's last snippet has no value to show. */
    public static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "NO_VALUE";
        }
    };

    private final JShell shell;
    private final InProcessExecutionControlProvider provider;
    private final Duration timeout;
    private final List<String> pendingStartup;
    private final List<Runnable> afterSnippetHooks = new ArrayList<>();
    private final Deque<String> queuedCode = new ArrayDeque<>();
    private int depth;

    public JavaEvaluator(EvaluatorOptions options) {
        this.timeout = options.timeout();
        long timeoutMillis = timeout.isNegative() || timeout.isZero() ? 0 : timeout.toMillis();
        this.provider = new InProcessExecutionControlProvider(timeoutMillis);
        // JShell's own streams are unused: snippets print through System.out, which the kernel
        // points at Jupyter during each request.
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        this.shell = JShell.builder()
                .executionEngine(provider, null)
                .compilerOptions(options.compilerOptions().toArray(String[]::new))
                .in(new ByteArrayInputStream(new byte[0]))
                .out(discard)
                .err(discard)
                .build();
        for (String entry : options.classpath()) {
            shell.addToClasspath(entry);
        }
        this.pendingStartup = new ArrayList<>(options.startupSnippets());
    }

    /** Adds a jar or folder to the snippets' class path, for this and every later cell. */
    public void addToClasspath(String entry) {
        shell.addToClasspath(entry);
    }

    /**
     * Registers work to run on the evaluating thread after each top-level snippet, e.g. defining
     * variables a magic asked for. JShell is not re-entrant, so a magic cannot evaluate code itself.
     */
    public void afterEachSnippet(Runnable hook) {
        afterSnippetHooks.add(hook);
    }

    /**
     * Evaluates a whole cell.
     *
     * @return the last expression's value, {@code null} for a null value, or {@link #NO_VALUE}
     * @throws CompilationException           the cell does not compile (nothing after it ran)
     * @throws EvaluationInterruptedException the user interrupted it
     * @throws EvaluationTimeoutException     a statement ran longer than the limit
     * @throws Exception                      whatever user code threw, as the original object
     */
    public Object eval(String code) throws Exception {
        runStartupOnce();
        depth++;
        try {
            return evalSnippets(code);
        } finally {
            if (--depth == 0) {
                // Code queued by a snippet that failed belongs to that cell, not the next one.
                queuedCode.clear();
            }
        }
    }

    /**
     * Queues Java to run right after the snippet that is running now, as if it stood in the cell at
     * that point; how {@code %load} inserts a file. JShell cannot evaluate while it evaluates, so a
     * magic cannot run the code itself. The code's last value, if any, becomes the cell's value.
     */
    public void evalAfterCurrentSnippet(String code) {
        queuedCode.add(code);
    }

    private Object evalSnippets(String code) throws Exception {
        Object last = NO_VALUE;
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String remaining = code;
        while (!remaining.isBlank()) {
            CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (info.completeness() == Completeness.EMPTY) {
                break;
            }
            String source = info.completeness().isComplete() ? info.source() : remaining;
            remaining = info.completeness().isComplete() ? info.remaining() : "";
            last = evalSnippet(source);
            for (String queued = queuedCode.poll(); queued != null; queued = queuedCode.poll()) {
                Object value = evalSnippets(queued);
                if (value != NO_VALUE) {
                    last = value;
                }
            }
        }
        return last;
    }

    /** Evaluates one snippet and returns what it yields for display. */
    public Object evalSnippet(String source) throws Exception {
        List<SnippetEvent> events = shell.eval(source);
        try {
            return outcome(events);
        } finally {
            for (Runnable hook : afterSnippetHooks) {
                hook.run();
            }
        }
    }

    private Object outcome(List<SnippetEvent> events) throws Exception {
        InProcessExecutionControl control = provider.control();
        Object value = NO_VALUE;
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a dependent snippet updated by this one, not the one we ran
            }
            InProcessExecutionControl.Stop stop = control.takeStop();
            if (stop == InProcessExecutionControl.Stop.TIMED_OUT) {
                throw new EvaluationTimeoutException(timeout);
            }
            if (stop == InProcessExecutionControl.Stop.INTERRUPTED) {
                throw new EvaluationInterruptedException();
            }
            Snippet snippet = event.snippet();
            if (event.status() == Snippet.Status.REJECTED) {
                throw compilationError(snippet);
            }
            if (event.exception() != null) {
                throw userError(control, event.exception());
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
                    || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                String missing = shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet)
                        .collect(Collectors.joining(", "));
                if (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                    throw new UnresolvedReferenceException(snippet.source().strip(), missing);
                }
            }
            if (yieldsValue(snippet)) {
                Object result = control.takeResult(event.value());
                value = result;
            } else {
                control.takeResult(event.value());
            }
        }
        return value;
    }

    /** Expressions show their value; declarations, assignments and statements do not. */
    private static boolean yieldsValue(Snippet snippet) {
        Snippet.SubKind sub = snippet.subKind();
        return sub == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND || sub == Snippet.SubKind.VAR_VALUE_SUBKIND;
    }

    private CompilationException compilationError(Snippet snippet) {
        List<CompilationException.Problem> problems = shell.diagnostics(snippet)
                .filter(Diag::isError)
                .map(d -> new CompilationException.Problem(snippet.source(), d.getStartPosition(),
                        d.getEndPosition(), d.getMessage(null)))
                .toList();
        if (problems.isEmpty()) {
            problems = List.of(new CompilationException.Problem(snippet.source(), -1, -1,
                    "This is not valid Java: check for a missing ';', brace or parenthesis."));
        }
        return new CompilationException(problems);
    }

    private static Exception userError(InProcessExecutionControl control, Exception reported) {
        Throwable original = control.takeLastThrown();
        if (original instanceof Exception e) {
            return e;
        }
        String className = reported instanceof EvalException ee ? ee.getExceptionClassName()
                : reported.getClass().getName();
        return new UserCodeException(className, Optional.ofNullable(reported.getMessage()).orElse(""),
                original != null ? original : reported);
    }

    /** Stops the running cell, if any; the next cell runs normally. */
    public void interrupt() {
        provider.control().cancelRunning();
    }

    /**
     * Completion, inspection and is-complete checks use JShell's analysis of the current state. The
     * start-up snippets run first (or the {@link #warmUp()} under way finishes): JShell is not
     * thread-safe, and the start-up imports decide what completes.
     */
    public synchronized SourceCodeAnalysis analysis() {
        // Run the start-up now if the warm-up thread has not: it must not evaluate while JShell analyses.
        warmUp();
        return shell.sourceCodeAnalysis();
    }

    /**
     * Runs the start-up snippets now instead of before the first cell, so JShell and javac are warm
     * when the user's first cell arrives. A failure is kept and reported by that first cell, where
     * the user can see it.
     */
    public synchronized void warmUp() {
        try {
            runStartupOnce();
        } catch (Exception e) {
            startupFailure = e;
        }
    }

    private Exception startupFailure;

    private synchronized void runStartupOnce() throws Exception {
        if (startupFailure != null) {
            Exception e = startupFailure;
            startupFailure = null;
            throw e;
        }
        if (pendingStartup.isEmpty()) {
            return;
        }
        List<String> startup = new ArrayList<>(pendingStartup);
        pendingStartup.clear();
        for (String snippet : startup) {
            eval(snippet);
        }
    }

    @Override
    public void close() {
        shell.close();
    }
}
