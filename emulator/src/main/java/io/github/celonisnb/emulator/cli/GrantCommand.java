package io.github.celonisnb.emulator.cli;

import java.util.List;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.KeyInfo;
import picocli.CommandLine.Command;

/** {@code emulator grant ID --grant ...}: adds permissions to a key, as ticking them in the EMS UI does; the next request sees the change. */
@Command(name = "grant",
        description = "Grant permissions to a key (see list-keys for ids); the next request sees the change.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Done.",
            "1:The emulator or the state file failed.",
            "2:Missing, malformed or contradictory option.",
            "3:No key with that id.",
            "4:The state file is in use by a running emulator."})
public final class GrantCommand extends GrantsCommand {

    @Override
    KeyInfo change(KeyStoreClient store, String id, List<Grant> grants) {
        return store.grant(id, grants);
    }
}
