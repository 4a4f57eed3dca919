package io.github.celonisnb.kernel.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.github.celonisnb.kernel.kernelspec.KernelspecInstaller;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code celonis-nb kernel ...}: manage the "Java (celonis-nb)" Jupyter kernel. */
@Command(name = "kernel", mixinStandardHelpOptions = true, description = "Install the Java (celonis-nb) Jupyter kernel.",
        subcommands = KernelCommand.Install.class)
final class KernelCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = {"Install the kernelspec (kernel.json and the jar) where Jupyter finds it.",
                "Default: the user's kernels folder (~/.local/share/jupyter/kernels)."})
    static final class Install implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true)
        Target target;

        static final class Target {
            @Option(names = "--user", description = "Install for the current user (the default).")
            boolean user;

            @Option(names = "--prefix", paramLabel = "PREFIX",
                    description = "Install under PREFIX/share/jupyter/kernels (use JUPYTER_PATH=PREFIX/share/jupyter to find it).")
            Path prefix;
        }

        @Option(names = "--java", paramLabel = "JAVA", description = "The java command the kernel runs (default: this JVM's).")
        String java;

        @Option(names = "--jar", paramLabel = "JAR", description = "The celonis-nb jar to install (default: the running one).")
        Path jar;

        @Override
        public Integer call() throws Exception {
            Path kernels = target != null && target.prefix != null
                    ? KernelspecInstaller.kernelsUnderPrefix(target.prefix)
                    : KernelspecInstaller.userKernels(System.getenv(), Path.of(System.getProperty("user.home")));
            Path ownJar = jar != null ? jar : RunningJar.path();
            if (jar == null && !Files.isRegularFile(ownJar)) {
                spec.commandLine().getErr().println("celonis-nb: the kernel is not running from a jar (" + ownJar
                        + "); pass --jar kernel-ext/target/celonis-nb.jar, or use bin/celonis-nb.");
                return ExitCodes.USAGE;
            }
            Path installed = new KernelspecInstaller().install(kernels, ownJar,
                    java != null ? java : KernelspecInstaller.currentJava());
            spec.commandLine().getOut().println("Installed kernelspec '" + KernelspecInstaller.KERNEL_NAME
                    + "' (" + KernelspecInstaller.DISPLAY_NAME + ") in " + installed);
            if (target != null && target.prefix != null) {
                spec.commandLine().getOut().println("Let Jupyter find it with: export JUPYTER_PATH="
                        + target.prefix.toAbsolutePath().resolve("share").resolve("jupyter"));
            }
            return ExitCodes.OK;
        }
    }
}
