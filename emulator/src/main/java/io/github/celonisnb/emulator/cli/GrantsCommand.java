package io.github.celonisnb.emulator.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.KeyInfo;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code grant} and {@code revoke} share: a key id, the grants, and the "View Permissions" answer. */
abstract class GrantsCommand extends KeyCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The key's id, as list-keys shows it.")
    String keyId;

    @Option(names = "--grant", required = true, paramLabel = "SERVICE[:TYPE/ID]:PERM[,PERM...]",
            converter = GrantConverter.class,
            description = {"Permissions on a whole service, e.g. event-collection:CREATE_DATA_POOL, or on one "
                    + "pool or space, e.g. event-collection:pool/ID:ADMIN. Repeatable."})
    List<Grant> grants = new ArrayList<>();

    abstract KeyInfo change(KeyStoreClient store, String id, List<Grant> grants);

    @Override
    int run(KeyStoreClient store, PrintWriter out) {
        KeyInfo info = change(store, keyId.trim(), grants);
        out.println("Permissions of '" + info.name() + "' (" + info.id() + "):");
        if (info.grants().isEmpty()) {
            out.println("  No permissions found");
        }
        for (Grant g : info.grants()) {
            out.println("  " + g);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
