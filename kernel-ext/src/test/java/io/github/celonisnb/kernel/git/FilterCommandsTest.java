package io.github.celonisnb.kernel.git;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FilterCommandsTest {

    @Test
    void plainPathsAreWrittenAsTheyAre() {
        FilterCommands commands = FilterCommands.forJar(Path.of("/usr/lib/jvm/bin/java"), Path.of("/opt/cnb.jar"));

        assertEquals("/usr/lib/jvm/bin/java -jar /opt/cnb.jar git filter-process", commands.process());
        assertEquals("/usr/lib/jvm/bin/java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar /opt/cnb.jar sanitize"
                + " --stdout --textconv", commands.textconv());
    }

    @Test
    void pathsWithSpacesOrQuotesAreSingleQuotedForTheShell() {
        assertEquals("'/home/a b/celonis-nb.jar'", FilterCommands.shellQuote("/home/a b/celonis-nb.jar"));
        assertEquals("'/home/it'\\''s/x.jar'", FilterCommands.shellQuote("/home/it's/x.jar"));
        assertEquals("'$HOME/x.jar'", FilterCommands.shellQuote("$HOME/x.jar"));
    }
}
