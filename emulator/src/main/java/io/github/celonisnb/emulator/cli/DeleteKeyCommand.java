package io.github.celonisnb.emulator.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code emulator delete-key ID}: the key gets 401 from the next request on. */
@Command(name = "delete-key",
        description = "Delete a key by its id (see list-keys); requests with it get 401 from then on.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Done.",
            "1:The emulator or the state file failed.",
            "2:Missing or contradictory option.",
            "3:No key with that id.",
            "4:The state file is in use by a running emulator."})
public final class DeleteKeyCommand extends KeyCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The key's id, as list-keys shows it.")
    String keyId;

    @Override
    int run(KeyStoreClient store, PrintWriter out) {
        store.delete(keyId.trim());
        out.println("Deleted key " + keyId.trim() + ".");
        out.flush();
        return ExitCodes.OK;
    }
}
