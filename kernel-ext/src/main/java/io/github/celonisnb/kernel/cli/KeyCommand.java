package io.github.celonisnb.kernel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.concurrent.Callable;

import io.github.celonisnb.kernel.demo.KeyFileWriter;
import io.github.celonisnb.magics.credentials.CredentialResolver;
import io.github.celonisnb.magics.credentials.KeyFileSafety;
import io.github.celonisnb.magics.credentials.KeyFileTrackedException;
import io.github.celonisnb.magics.credentials.KeyFileWarning;
import io.github.celonisnb.magics.ems.EmsUrl;
import io.github.celonisnb.magics.ems.InvalidEmsUrlException;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.InvalidApiKeyException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code celonis-nb key ...}: keep keys where notebooks find them and git does not. */
@Command(name = "key", mixinStandardHelpOptions = true, description = "Save a Celonis EMS key where notebooks find it.",
        subcommands = KeyCommand.Save.class)
final class KeyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * {@code celonis-nb key save}: reads a key from a masked prompt (or the first line of standard input) and
     * writes the key file the login magic reads by default, mode 0600 from the moment it exists, atomically. The
     * key is shown nowhere.
     */
    @Command(name = "save", mixinStandardHelpOptions = true, sortOptions = false,
            description = "Read a key from a masked prompt (or the first line of standard input) and save it as the"
                    + " default key file, app.json or user.json in the profile folder, readable by you alone. Then"
                    + " %%celonis_login --app-key (or --user-key) finds it.")
    static final class Save implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Kind kind;

        static final class Kind {
            @Option(names = "--app-key", required = true, description = "Save an application key, as app.json.")
            boolean appKey;

            @Option(names = "--user-key", required = true, description = "Save a user key, as user.json.")
            boolean userKey;
        }

        @Option(names = "--url", paramLabel = "URL",
                description = "The EMS address, e.g. https://<team>.<realm>.celonis.cloud (default: CELONIS_URL).")
        String url;

        @Option(names = "--profile-dir", paramLabel = "DIR",
                description = "The folder (default: CELONIS_PROFILE_DIR, else ~/pycelonis-profiles).")
        Path profileDir;

        @Option(names = "--force", description = "Replace a key file that exists.")
        boolean force;

        private final SecretInput input;

        Save() {
            this(SecretInput.consoleOrStdin());
        }

        Save(SecretInput input) {
            this.input = input;
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            String address = url != null ? url : System.getenv(CredentialResolver.URL_VARIABLE);
            if (address == null || address.isBlank()) {
                err.println("celonis-nb: the key file needs the EMS address: pass --url"
                        + " https://<team>.<realm>.celonis.cloud, or set " + CredentialResolver.URL_VARIABLE + ".");
                return ExitCodes.USAGE;
            }
            EmsUrl ems;
            try {
                ems = EmsUrl.parse(address);
            } catch (InvalidEmsUrlException e) {
                err.println("celonis-nb: " + e.getMessage());
                return ExitCodes.USAGE;
            }
            Path folder = folder();
            Path file = folder.resolve(kind.appKey ? CredentialResolver.APP_KEY_FILE : CredentialResolver.USER_KEY_FILE);
            if (Files.exists(file) && !force) {
                err.println("celonis-nb: " + file + " exists. Specify --force to overwrite.");
                return ExitCodes.USAGE;
            }
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            }
            try {
                KeyFileSafety.check(file);
            } catch (KeyFileTrackedException e) {
                err.println("celonis-nb: nothing was saved. " + e.getMessage());
                return ExitCodes.FOUND_PROBLEM;
            }
            String what = kind.appKey ? "application key" : "user key";
            char[] typed = input.read("Paste the " + what + " for " + ems + " (the input is hidden): ");
            try {
                KeyFileWriter.write(file, ems.toString(), ApiKey.of(CharBuffer.wrap(typed)).reveal());
            } catch (InvalidApiKeyException e) {
                err.println("celonis-nb: nothing was saved: what was read is not a key. " + e.getMessage() + ".");
                return ExitCodes.USAGE;
            } finally {
                Arrays.fill(typed, '\0');
            }
            out.println("Saved the " + what + " for " + ems + " in " + file + " (mode 600); it is shown nowhere.");
            out.println("Log in from a notebook with: %celonis_login " + (kind.appKey ? "--app-key" : "--user-key")
                    + (isDefaultFolder(folder) ? "" : " --key-file " + file));
            try {
                for (KeyFileWarning warning : KeyFileSafety.check(file)) {
                    err.println("celonis-nb: warning: " + warning.message());
                }
            } catch (KeyFileTrackedException e) {
                // Checked before writing; only a concurrent `git add` gets here.
                err.println("celonis-nb: " + e.getMessage());
                return ExitCodes.FOUND_PROBLEM;
            }
            return ExitCodes.OK;
        }

        private Path folder() {
            if (profileDir != null) {
                return profileDir.toAbsolutePath();
            }
            String fromEnv = System.getenv(CredentialResolver.PROFILE_DIR_VARIABLE);
            if (fromEnv != null && !fromEnv.isBlank()) {
                return Path.of(fromEnv.strip()).toAbsolutePath();
            }
            return Path.of(System.getProperty("user.home"), CredentialResolver.DEFAULT_PROFILE_DIR);
        }

        /** Whether the login magic looks in this folder without being told. */
        private static boolean isDefaultFolder(Path folder) {
            String fromEnv = System.getenv(CredentialResolver.PROFILE_DIR_VARIABLE);
            Path expected = fromEnv != null && !fromEnv.isBlank() ? Path.of(fromEnv.strip()).toAbsolutePath()
                    : Path.of(System.getProperty("user.home"), CredentialResolver.DEFAULT_PROFILE_DIR);
            return folder.normalize().equals(expected.normalize());
        }
    }
}
