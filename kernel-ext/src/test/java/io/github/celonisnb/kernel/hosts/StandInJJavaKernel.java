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

    private StandInJJavaKernel(Builder b, ClassLoader extensions) {
        super(b.name(), b.version(), new LanguageInfo.Builder("Java").build(), List.of(), b.history(), b.io(),
                b.comms(), b.renderer(), b.parser(), b.registry(), true, b.styler());
        this.extensions = extensions;
    }

    /** Where {@code onStartup()} looks for extensions: the jar under test, over this kernel's own loader. */
    @Override
    protected ClassLoader getClassLoader() {
        return extensions;
    }

    @Override
    public Object evalRaw(String code) {
        throw new UnsupportedOperationException("the stand-in runs no Java");
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
        StandInJJavaKernel kernel = new StandInJJavaKernel(new Builder(), jar);
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
