package io.github.celonisnb.kernel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help renders as written: picocli reads descriptions as format strings, so a bare '%' breaks it. */
class HelpTextTest {

    @Test
    void everyCommandsHelpRendersWithoutAWarning() {
        List<String> problems = new ArrayList<>();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (CommandLine command : allCommands(CelonisNbCommand.commandLine())) {
                String usage = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
                if (usage.contains("%n") || usage.contains("%%")) {
                    problems.add(command.getCommandName() + ": a format specifier left in the text");
                }
            }
        } finally {
            System.setErr(err);
        }
        String warnings = captured.toString(StandardCharsets.UTF_8);
        assertFalse(warnings.contains("picocli WARN"), warnings);
        assertEquals(List.of(), problems);
    }

    @Test
    void keySaveSaysWhichMagicFindsTheKey() {
        CommandLine save = CelonisNbCommand.commandLine().getSubcommands().get("key").getSubcommands().get("save");
        String usage = save.getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
        assertFalse(usage.contains("%%"), usage);
        assertEquals(true, usage.contains("Then %celonis_login --app-key (or --user-key) finds it."), usage);
    }

    private static List<CommandLine> allCommands(CommandLine root) {
        List<CommandLine> all = new ArrayList<>();
        all.add(root);
        for (CommandLine sub : root.getSubcommands().values()) {
            all.addAll(allCommands(sub));
        }
        return all;
    }
}
