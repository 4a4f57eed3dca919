package io.github.celonisnb.emulator.cli;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.KeyInfo;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;

/** {@code emulator list-keys}: one line per key, never a key's value. */
@Command(name = "list-keys",
        description = "List the keys (ids, types, owners and grants; never the keys themselves).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Done.",
            "1:The emulator or the state file failed.",
            "2:Missing or contradictory option.",
            "4:The state file is in use by a running emulator."})
public final class ListKeysCommand extends KeyCommand {

    private static final String[] HEADER = {"ID", "TYPE", "OWNER", "GRANTS"};

    @Override
    int run(KeyStoreClient store, PrintWriter out) {
        List<KeyInfo> keys = store.list();
        if (keys.isEmpty()) {
            out.println("No keys yet. Make one with `emulator add-key`.");
            out.flush();
            return ExitCodes.OK;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (KeyInfo key : keys) {
            rows.add(new String[] {key.id(), key.type().shortName(), ownerOf(key), grantsOf(key)});
        }
        int[] widths = new int[HEADER.length - 1];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.append(row[HEADER.length - 1]));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String ownerOf(KeyInfo key) {
        return key.email().map(e -> key.name() + " <" + e + ">" + (key.admin() ? " (admin)" : "")).orElse(key.name());
    }

    private static String grantsOf(KeyInfo key) {
        return key.grants().isEmpty() ? "-" : key.grants().stream().map(Grant::toString).collect(Collectors.joining("; "));
    }
}
