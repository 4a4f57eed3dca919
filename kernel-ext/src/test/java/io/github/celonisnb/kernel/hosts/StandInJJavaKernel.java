package io.github.celonisnb.kernel.hosts;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * A JJava kernel reduced to what extensions meet: jjava-jupyter's real {@link BaseKernel}, its builder,
 * registry, renderer and {@code onStartup()} extension loading, with no JShell behind it. Loaded in a
 * class loader that holds only jjava-jupyter and its libraries, so the extension's classes come from the
 * jar under test alone.
 */
public final class StandInJJavaKernel extends BaseKernel {

    private final ClassLoader extensions;
    private final jdk.jshell.JShell shell;

    private StandInJJavaKernel(Builder b, ClassLoader extensions, jdk.jshell.JShell shell) {
        super(b.name(), b.version(), new LanguageInfo.Builder("Java").build(), List.of(), b.history(), b.io(),
                b.comms(), b.renderer(), b.parser(), b.registry(), true, b.styler());
        this.extensions = extensions;
        this.shell = shell;
    }

    /**
     * Runs the stand-in as a Jupyter kernel: jjava-jupyter's connection, JShell in this JVM for cells (magics
     * written by jjava-jupyter's own transpiler), and extensions from {@code JJAVA_CLASSPATH}, installed by
     * {@code onStartup()} once the connection is up and before any request.
     */
    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        List<URL> jars = new java.util.ArrayList<>();
        String classpath = System.getenv("JJAVA_CLASSPATH");
        if (classpath != null) {
            for (String entry : classpath.split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    jars.add(Path.of(entry).toUri().toURL());
                }
            }
        }
        PrintStream discard = new PrintStream(java.io.OutputStream.nullOutputStream());
        jdk.jshell.JShell shell = jdk.jshell.JShell.builder().executionEngine("local")
                .in(new java.io.ByteArrayInputStream(new byte[0])).out(discard).err(discard).build();
        StandInJJavaKernel kernel = new StandInJJavaKernel(new Builder(),
                new URLClassLoader(jars.toArray(URL[]::new), StandInJJavaKernel.class.getClassLoader()), shell);
        org.dflib.jjava.jupyter.channels.JupyterConnection connection = new org.dflib.jjava.jupyter.channels.JupyterConnection(
                org.dflib.jjava.jupyter.kernel.KernelConnectionProperties.parse(java.nio.file.Files.readString(Path.of(args[0]))));
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        kernel.onStartup();
        connection.waitUntilClose();
        System.exit(0);
    }

    /** Where {@code onStartup()} looks for extensions: the jar under test, over this kernel's own loader. */
    @Override
    protected ClassLoader getClassLoader() {
        return extensions;
    }

    /** Runs a cell with JShell after jjava-jupyter's transpiler wrote its magics as Java; the last value's text. */
    @Override
    public Object evalRaw(String code) {
        if (shell == null) {
            throw new UnsupportedOperationException("this stand-in runs no Java");
        }
        String remaining = getMagicParser().resolveMagics(code);
        String value = null;
        while (!remaining.isBlank()) {
            jdk.jshell.SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
            String source = info.completeness().isComplete() ? info.source() : remaining;
            remaining = info.completeness().isComplete() ? info.remaining() : "";
            value = null;
            for (jdk.jshell.SnippetEvent event : shell.eval(source)) {
                if (event.causeSnippet() != null) {
                    continue;
                }
                if (event.status() == jdk.jshell.Snippet.Status.REJECTED) {
                    throw new IllegalArgumentException("does not compile: " + source);
                }
                if (event.exception() instanceof jdk.jshell.EvalException thrown) {
                    throw new IllegalStateException(thrown.getExceptionClassName() + ": " + thrown.getMessage());
                }
                jdk.jshell.Snippet.SubKind kind = event.snippet().subKind();
                if (event.value() != null && (kind == jdk.jshell.Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                        || kind == jdk.jshell.Snippet.SubKind.VAR_VALUE_SUBKIND)) {
                    value = event.value();
                }
            }
        }
        return value;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        return null;
    }

    @Override
    public String isComplete(String code) {
        return IS_COMPLETE_YES;
    }

    /**
     * Starts a stand-in with the jar as its extension class path and reports what the extension did, as
     * plain strings (the caller lives in another class loader).
     */
    public static Map<String, String> exercise(String extensionJar) throws Exception {
        URLClassLoader jar = new URLClassLoader(new URL[] {Path.of(extensionJar).toUri().toURL()},
                StandInJJavaKernel.class.getClassLoader());
        StandInJJavaKernel kernel = new StandInJJavaKernel(new Builder(), jar, null);
        PrintStream original = kernel.getIO().out;
        kernel.onStartup();

        Map<String, String> seen = new LinkedHashMap<>();
        seen.put("lineMagics", String.join(",", new java.util.TreeSet<>(kernel.getMagicsRegistry().getLineMagicNames())));
        seen.put("streamReplaced", Boolean.toString(kernel.getIO().out != original));
        seen.put("streamClass", kernel.getIO().out.getClass().getName());

        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Object value = kernel.getMagicsRegistry().evalLineMagic(kernel, "celonis_logout", List.of());
            seen.put("logoutValue", String.valueOf(value));
        } finally {
            System.setOut(stdout);
        }
        seen.put("logoutOutput", captured.toString(StandardCharsets.UTF_8));

        Class<?> tabular = Class.forName("io.github.celonisnb.magics.magic.Tabular", true, jar);
        InvocationHandler table = (proxy, method, args) -> switch (method.getName()) {
            case "title" -> "Pools (1)";
            case "columns" -> List.of("name");
            case "rows" -> List.of(List.of("<b>sales</b>"));
            default -> InvocationHandler.invokeDefault(proxy, method, args);
        };
        DisplayData rendered = kernel.getRenderer().render(Proxy.newProxyInstance(jar, new Class<?>[] {tabular}, table));
        seen.put("tableHtml", String.valueOf(rendered.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_HTML)));
        return seen;
    }

    /** jjava-jupyter's builder, for the parts a kernel is made of. */
    private static final class Builder extends BaseKernelBuilder<Builder, StandInJJavaKernel> {
        @Override
        public StandInJJavaKernel build() {
            throw new UnsupportedOperationException("built by the stand-in's constructor");
        }

        String name() {
            return buildName();
        }

        String version() {
            return buildVersion();
        }

        org.dflib.jjava.jupyter.kernel.history.HistoryManager history() {
            return buildHistoryManager();
        }

        org.dflib.jjava.jupyter.kernel.JupyterIO io() {
            return buildJupyterIO(buildJupyterIOEncoding());
        }

        org.dflib.jjava.jupyter.kernel.comm.CommManager comms() {
            return buildCommManager();
        }

        org.dflib.jjava.jupyter.kernel.display.Renderer renderer() {
            return buildRenderer();
        }

        org.dflib.jjava.jupyter.kernel.magic.MagicParser parser() {
            return new org.dflib.jjava.jupyter.kernel.magic.MagicParser("^\\s*%", "^\\s*%%", new org.dflib.jjava.jupyter.kernel.magic.MagicTranspiler());
        }

        org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry registry() {
            return buildMagicsRegistry();
        }

        org.dflib.jjava.jupyter.kernel.util.StringStyler styler() {
            return buildErrorStyler();
        }
    }
}
