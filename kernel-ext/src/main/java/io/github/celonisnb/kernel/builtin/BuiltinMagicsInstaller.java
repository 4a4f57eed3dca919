package io.github.celonisnb.kernel.builtin;

import java.nio.file.Path;

import io.github.celonisnb.kernel.CelonisKernel;
import io.github.celonisnb.kernel.execution.JavaEvaluator;
import io.github.celonisnb.kernel.host.BasekernelMagicOutput;
import io.github.celonisnb.kernel.magic.MagicCatalog;
import io.github.celonisnb.kernel.magic.MagicTranspiler;
import io.github.celonisnb.kernel.maven.MavenResolver;

/**
 * Registers the kernel's own magics, those an IJava user expects: {@code %jars}, {@code %classpath},
 * {@code %load}, {@code %maven}, {@code %lsmagic}, and the cell magics {@code %%html} and {@code %%markdown}.
 */
public final class BuiltinMagicsInstaller {

    private BuiltinMagicsInstaller() {
    }

    public static void install(CelonisKernel kernel) {
        MagicCatalog magics = kernel.getMagics();
        JavaEvaluator evaluator = kernel.evaluator();
        BasekernelMagicOutput out = new BasekernelMagicOutput(kernel::display);

        ClasspathMagics classpath = new ClasspathMagics(evaluator::addToClasspath, out);
        magics.registerLineMagic("jars", classpath::jars);
        magics.registerLineMagic("classpath", classpath::classpath);

        MagicTranspiler transpiler = new MagicTranspiler();
        LoadMagic load = new LoadMagic(transpiler::transpile, evaluator::evalAfterCurrentSnippet, out);
        magics.registerLineMagic("load", load::load);

        MavenResolver resolver = new MavenResolver(System.getenv(), Path.of(System.getProperty("user.home")));
        MavenMagic maven = new MavenMagic(resolver, evaluator::addToClasspath, out);
        magics.registerLineMagic("maven", maven::maven);

        LsMagic lsmagic = new LsMagic(magics, out);
        magics.registerLineMagic("lsmagic", lsmagic::lsmagic);

        DisplayMagics display = new DisplayMagics(out);
        magics.registerCellMagic("html", display::html);
        magics.registerCellMagic("markdown", display::markdown);
    }
}
