package io.github.celonisnb.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.celonisnb.kernel.execution.CompilationException;
import io.github.celonisnb.magics.magic.MagicUsageException;

class ErrorFormatterTest {

    private final ErrorFormatter formatter = new ErrorFormatter();

    private static String plain(List<String> lines) {
        return String.join("\n", lines).replaceAll("\u001b\\[[0-9;]*m", "");
    }

    @Test
    void productErrorsShowTheirMessageOnly() {
        List<String> lines = formatter.format(new MagicUsageException("Run %celonis_login --help for the options."));
        assertEquals("MagicUsageException: Run %celonis_login --help for the options.", plain(lines));
    }

    @Test
    void compileErrorsUnderlineTheCode() {
        String source = "int a = 1;\nint z = nope + 1;";
        List<String> lines = formatter.format(new CompilationException(List.of(
                new CompilationException.Problem(source, 19, 23, "cannot find symbol\n  symbol:   variable nope"))));
        assertEquals(String.join("\n",
                "Compile error: cannot find symbol",
                "    symbol:   variable nope",
                "| int a = 1;",
                "| int z = nope + 1;",
                "|         ^---"), plain(lines));
    }

    @Test
    void otherExceptionsShowClassMessageAndUserFramesButNotTheKernels() {
        IllegalStateException e = new IllegalStateException("boom");
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("REPL.$JShell$12", "do_it$", "$JShell$12.java", 3),
            new StackTraceElement("jdk.internal.reflect.NativeMethodAccessorImpl", "invoke0", null, -2),
            new StackTraceElement("io.github.celonisnb.kernel.execution.InProcessExecutionControl", "invoke", "X.java", 1),
        });
        String text = plain(formatter.format(e));
        assertEquals("java.lang.IllegalStateException: boom\n    at <cell> (snippet 12)", text);
        assertTrue(!text.contains("jdk.internal"));
    }
}
