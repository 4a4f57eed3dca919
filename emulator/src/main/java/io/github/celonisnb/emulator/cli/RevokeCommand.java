package io.github.celonisnb.emulator.cli;

import java.util.List;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.KeyInfo;
import picocli.CommandLine.Command;

/** {@code emulator revoke ID --grant ...}: takes permissions away from a key; the next request sees the change. */
@Command(name = "revoke",
        description = "Revoke permissions from a key (see list-keys for ids); the next request sees the change.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Done.",
            "1:The emulator or the state file failed.",
            "2:Missing, malformed or contradictory option.",
            "3:No key with that id.",
            "4:The state file is in use by a running emulator."})
public final class RevokeCommand extends GrantsCommand {

    @Override
    KeyInfo change(KeyStoreClient store, String id, List<Grant> grants) {
        return store.revoke(id, grants);
    }
}
