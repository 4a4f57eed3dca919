package io.github.celonisnb.kernel.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's Chromium without a screen: the DOM after scripts ran, and screenshots. */
final class HeadlessChromium {

    /** What to install when Chromium is missing. */
    static final String INSTALL_HINT = "apt-get update && apt-get install -y --no-install-recommends chromium";

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--no-first-run");

    private final Path executable;
    private final Path profile;

    private HeadlessChromium(Path executable, Path profile) {
        this.executable = executable;
        this.profile = profile;
    }

    /** Chromium from {@code /usr/bin/chromium} or PATH, with a profile folder of its own under {@code work}. */
    static HeadlessChromium find(Path work) throws IOException {
        List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium")));
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, "chromium"));
                }
            }
        }
        for (Path candidate : candidates) {
            if (Files.isExecutable(candidate)) {
                return new HeadlessChromium(candidate, Files.createDirectories(work.resolve("chromium-profile")));
            }
        }
        fail("Chromium is missing, so the rendered report cannot be checked. bin/test installs it (as root); or run: "
                + INSTALL_HINT);
        throw new AssertionError("unreachable");
    }

    /** The page's DOM after its load handlers ran, as Chromium serialises it. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return run(List.of("--virtual-time-budget=5000", "--dump-dom", page.toUri().toString()));
    }

    /** A PNG of the page's top {@code height} pixels at {@code width}. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        run(List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png,
                page.toUri().toString()));
    }

    private String run(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.addAll(args);
        Path log = Files.createTempFile(profile.getParent(), "chromium", ".log");
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("Chromium did not finish in 120 s; its log: " + log);
        }
        assertEquals(0, process.exitValue(), () -> "Chromium failed; its log:\n" + read(log));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(unreadable: " + log + ")";
        }
    }
}
