package io.github.spencerpark.ijava;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.magic.MagicParser;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * The stand-in's kernel: basekernel with JShell running snippets in this JVM, and the IJava behaviour
 * an extension meets: {@code IJAVA_CLASSPATH} added at start, {@code IJAVA_STARTUP_SCRIPT} run before the
 * first cell, {@code %jars}, and magics written as IJava writes them, {@code lineMagic(...);{};}, so a line
 * magic's return value is dropped.
 */
public final class JavaKernel extends BaseKernel {

    private final Magics magics = new Magics();
    private final MagicParser parser = new MagicParser("(?<=(?:^|=))\\s*%", "%%");
    private final JShell shell;
    private String startupScript;

    JavaKernel(Map<String, String> env) {
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
        shell = JShell.builder().executionEngine("local").in(new ByteArrayInputStream(new byte[0]))
                .out(discard).err(discard).build();
        String classpath = env.get("IJAVA_CLASSPATH");
        if (classpath != null) {
            for (String entry : classpath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    shell.addToClasspath(entry);
                }
            }
        }
        startupScript = env.get("IJAVA_STARTUP_SCRIPT");
        magics.registerLineMagic("jars", args -> {
            args.forEach(shell::addToClasspath);
            return args;
        });
    }

    /** The magics registry, as IJava's {@code JavaKernel.getMagics()}. */
    public Magics getMagics() {
        return magics;
    }

    /** Called by the code a line magic is written as. */
    public static Object lineMagic(String name, List<String> args) throws Exception {
        return IJava.getKernelInstance().getMagics().applyLineMagic(name, args);
    }

    @Override
    public DisplayData eval(String code) throws Exception {
        if (startupScript != null) {
            String script = startupScript;
            startupScript = null;
            run(script);
        }
        String value = run(parser.transformLineMagics(code, ctx -> JavaKernel.class.getName() + ".lineMagic("
                + quote(ctx.getMagicCall().getName()) + ", java.util.List.of(" + ctx.getMagicCall().getArgs().stream()
                .map(JavaKernel::quote).collect(Collectors.joining(", ")) + "));{};"));
        return value == null ? null : new DisplayData(value);
    }

    private String run(String code) throws Exception {
        String value = null;
        String remaining = code;
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            String source = info.completeness().isComplete() ? info.source() : remaining;
            remaining = info.completeness().isComplete() ? info.remaining() : "";
            value = null;
            for (SnippetEvent event : shell.eval(source)) {
                if (event.causeSnippet() != null) {
                    continue;
                }
                if (event.status() == Snippet.Status.REJECTED) {
                    List<String> errors = new ArrayList<>();
                    shell.diagnostics(event.snippet()).forEach(d -> errors.add(d.getMessage(null)));
                    throw new IllegalArgumentException("does not compile: " + String.join("; ", errors));
                }
                if (event.exception() != null) {
                    throw event.exception();
                }
                Snippet.SubKind kind = event.snippet().subKind();
                if (event.value() != null && (kind == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                        || kind == Snippet.SubKind.VAR_VALUE_SUBKIND)) {
                    value = event.value();
                }
            }
        }
        return value;
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return new LanguageInfo.Builder("Java").version(Runtime.version().toString()).fileExtension(".jshell").build();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        shell.close();
    }
}
