package io.github.celonisnb.kernel.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.github.celonisnb.kernel.kernelspec.HostKernel;
import io.github.celonisnb.kernel.kernelspec.KernelspecAttachment;
import io.github.celonisnb.kernel.kernelspec.KernelspecInstaller;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code celonis-nb kernel ...}: manage the "Java (celonis-nb)" Jupyter kernel. */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Install the Java (celonis-nb) Jupyter kernel, or add the magics to an installed IJava or JJava kernel.",
        subcommands = {KernelCommand.Install.class, KernelCommand.Attach.class, KernelCommand.Detach.class})
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

        @Option(names = "--no-class-data-archive",
                description = "Skip the class data archive (made by one training run of the kernel; it makes each start about a third faster).")
        boolean noArchive;

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
            Path installed = new KernelspecInstaller(noArchive ? KernelspecInstaller.ClassData.NONE
                    : KernelspecInstaller.ClassData.ARCHIVE).install(kernels, ownJar,
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

    /** Which installed kernelspec to change, and which host it belongs to. */
    static final class HostSpec {
        @Option(names = "--ijava-spec", paramLabel = "DIR", required = true,
                description = "An IJava kernelspec folder (the one holding kernel.json; see `jupyter kernelspec list`).")
        Path ijava;

        @Option(names = "--jjava-spec", paramLabel = "DIR", required = true, description = "A JJava kernelspec folder.")
        Path jjava;

        HostKernel host() {
            return ijava != null ? HostKernel.IJAVA : HostKernel.JJAVA;
        }

        Path dir() {
            return ijava != null ? ijava : jjava;
        }
    }

    @Command(name = "attach", mixinStandardHelpOptions = true,
            description = {"Make an installed IJava or JJava kernel load the Celonis magics.",
                "Copies celonis-nb-ijava.jar into the kernelspec folder and adds it to the kernel's class path in "
                        + "kernel.json (for IJava also the install call to IJAVA_STARTUP_SCRIPT).",
                "The old kernel.json is kept as " + KernelspecAttachment.BACKUP_NAME + "; nothing else changes. "
                        + "`kernel detach` undoes it."})
    static final class Attach implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        HostSpec target;

        @Option(names = "--jar", paramLabel = "JAR",
                description = "The adapter jar (default: celonis-nb-ijava.jar beside the running celonis-nb jar).")
        Path jar;

        @Override
        public Integer call() throws Exception {
            Path adapter = jar != null ? jar : RunningJar.path().resolveSibling(KernelspecAttachment.JAR_NAME);
            KernelspecAttachment.Change change = new KernelspecAttachment().attach(target.dir(), target.host(), adapter);
            spec.commandLine().getOut().println(change.changed()
                    ? "The " + target.host().displayName() + " kernel in " + target.dir() + " now loads the Celonis magics "
                    + "(restart it to take effect). Its previous kernel.json is kept as " + change.backup() + "."
                    : "The " + target.host().displayName() + " kernel in " + target.dir() + " loads the Celonis magics "
                    + "already; its jar was refreshed.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "detach", mixinStandardHelpOptions = true,
            description = "Remove what `kernel attach` added to an IJava or JJava kernelspec; everything else stays.")
    static final class Detach implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        HostSpec target;

        @Override
        public Integer call() throws Exception {
            KernelspecAttachment.Change change = new KernelspecAttachment().detach(target.dir(), target.host());
            spec.commandLine().getOut().println(change.changed()
                    ? "The " + target.host().displayName() + " kernel in " + target.dir() + " no longer loads the Celonis magics."
                    : "The " + target.host().displayName() + " kernel in " + target.dir() + " did not load the Celonis magics; "
                    + "nothing changed.");
            return ExitCodes.OK;
        }
    }
}
