package io.github.celonisnb.emulator.cli;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.KeyKind;
import io.github.celonisnb.emulator.internal.http.admin.AdminJson;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code emulator add-key}: makes an application or user key and shows it, once. */
@Command(name = "add-key",
        description = "Make an application or user key. The key is printed once, on the last line.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:Done.",
            "1:The emulator or the state file failed.",
            "2:Bad input (unknown service or permission, malformed grant, missing or contradictory option).",
            "4:The state file is in use by a running emulator."})
public final class AddKeyCommand extends KeyCommand {

    @Option(names = "--type", required = true, paramLabel = "app|user", converter = KeyKindConverter.class,
            description = "app: an application key (header AppKey); user: a user's API key (header Bearer).")
    KeyKind type;

    @Option(names = "--name", required = true, paramLabel = "NAME",
            description = "The application's name, or the user's full name.")
    String name;

    @Option(names = "--email", paramLabel = "E", description = "The user's e-mail address (user keys only; required there).")
    String email;

    @Option(names = "--admin", description = "Make the user a team admin: the key holds every team right (user keys only).")
    boolean admin;

    @Option(names = "--grant", paramLabel = "SERVICE[:TYPE/ID]:PERM[,PERM...]", converter = GrantConverter.class,
            description = {"Permissions on a whole service, e.g. event-collection:USE_ALL_DATA_MODELS, or on one "
                    + "pool or space, e.g. event-collection:pool/ID:ADMIN. Repeatable."})
    List<Grant> grants = new ArrayList<>();

    @Override
    void validate() {
        if (type == KeyKind.APP && (email != null || admin)) {
            throw new ParameterException(spec.commandLine(),
                    "--email and --admin are for user keys: drop them, or use --type user.");
        }
        if (type == KeyKind.USER && (email == null || email.isBlank())) {
            throw new ParameterException(spec.commandLine(), "--email is required with --type user.");
        }
    }

    @Override
    int run(KeyStoreClient store, PrintWriter out) {
        IssuedKey key = store.create(type, name, email, admin, grants);
        if (key.type() == KeyKind.APP) {
            out.println("Created application key '" + key.name() + "' (id " + key.id() + ").");
        } else {
            out.println("Created user key for '" + key.name() + "' <" + email.trim() + ">"
                    + (admin ? ", a team admin" : "") + " (id " + key.id() + ").");
        }
        out.println("Grants: " + (grants.isEmpty() ? "none" : grants.stream().map(Grant::toString)
                .collect(Collectors.joining("; "))));
        out.println(AdminJson.SHOWN_ONCE_NOTICE);
        out.println(key.value());
        out.flush();
        return ExitCodes.OK;
    }
}
