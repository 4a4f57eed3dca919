package io.github.celonisnb.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSettingsTest {

    @Test
    void readsIJavasVariables(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("init.jshell"), "int fromFile = 1;");
        KernelSettings s = KernelSettings.fromEnvironment(Map.of(
                "IJAVA_CLASSPATH", "/a.jar" + File.pathSeparator + " /b",
                "IJAVA_COMPILER_OPTS", "-parameters  -Xlint",
                "IJAVA_TIMEOUT", "30 SECONDS",
                "IJAVA_STARTUP_SCRIPTS_PATH", script.toString(),
                "IJAVA_STARTUP_SCRIPT", "int inline = 2;"));
        assertEquals(List.of("/a.jar", "/b"), s.classpath());
        assertEquals(List.of("-parameters", "-Xlint"), s.compilerOptions());
        assertEquals(Duration.ofSeconds(30), s.timeout());
        assertEquals(List.of("int fromFile = 1;", "int inline = 2;"), s.startupScripts());
        assertEquals(List.of(), s.problems());
    }

    @Test
    void aBadValueIsLeftOutAndNamedInsteadOfStoppingTheKernel() {
        KernelSettings s = KernelSettings.fromEnvironment(Map.of("IJAVA_TIMEOUT", "abc"));
        assertEquals(Duration.ZERO, s.timeout());
        assertEquals(List.of("IJAVA_TIMEOUT is 'abc', which is not a timeout: give milliseconds (30000), an amount "
                + "and a unit (30 SECONDS), or -1 for no limit. The kernel runs without a limit."), s.problems());
    }

    @Test
    void startupScriptPatternsRunEveryMatchingFileInNameOrder(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.jsh"), "int b = 2;");
        Files.writeString(dir.resolve("a.jsh"), "int a = 1;");
        Files.writeString(dir.resolve("notes.txt"), "not java");
        KernelSettings s = KernelSettings.fromEnvironment(Map.of("IJAVA_STARTUP_SCRIPTS_PATH", dir + "/*.jsh"));
        assertEquals(List.of("int a = 1;", "int b = 2;"), s.startupScripts());
    }

    @Test
    void timeoutsAreMillisecondsOrAnAmountAndAUnitAndMinusOneMeansNone() {
        assertEquals(Duration.ofMillis(1500), KernelSettings.parseTimeout("1500"));
        assertEquals(Duration.ZERO, KernelSettings.parseTimeout("-1"));
        assertEquals(Duration.ZERO, KernelSettings.parseTimeout(null));
        assertEquals(Duration.ofMinutes(2), KernelSettings.parseTimeout("2 minutes"));
    }

    @Test
    void aBadTimeoutNamesTheVariableAndTheAcceptedForms() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelSettings.parseTimeout("soon"));
        assertEquals("IJAVA_TIMEOUT is 'soon', which is not a timeout: give milliseconds (30000), "
                + "an amount and a unit (30 SECONDS), or -1 for no limit.", e.getMessage());
    }
}
