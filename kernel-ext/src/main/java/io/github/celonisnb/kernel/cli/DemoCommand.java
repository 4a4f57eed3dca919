package io.github.celonisnb.kernel.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import io.github.celonisnb.kernel.demo.Demo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code celonis-nb demo}: the whole login flow in a real notebook, against a local EMS emulator. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the teaching notebook 01-login-with-application-key.ipynb in real Jupyter against",
            "a local EMS emulator, with an application key read from a key file, and check that the",
            "saved notebook holds no trace of the key."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Demo folder (default: a new folder under the temp dir).")
    Path dir;

    @Option(names = "--cell-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Longest a notebook cell may run (default: ${DEFAULT-VALUE}).")
    int cellTimeoutSeconds;

    @Override
    public Integer call() throws Exception {
        Path jar = RunningJar.path();
        if (!Files.isRegularFile(jar)) {
            spec.commandLine().getErr().println("celonis-nb: the demo installs the kernel from the celonis-nb jar; "
                    + "run it with bin/celonis-nb demo.");
            return ExitCodes.USAGE;
        }
        Path folder = dir != null ? dir : Files.createTempDirectory("celonis-nb-demo-");
        spec.commandLine().getOut().println("celonis-nb demo: log in to EMS from a real notebook with an application key");
        Demo.Outcome outcome = new Demo(folder, jar, Duration.ofSeconds(cellTimeoutSeconds),
                spec.commandLine().getOut(), spec.commandLine().getErr()).run();
        return outcome.exitCode;
    }
}
