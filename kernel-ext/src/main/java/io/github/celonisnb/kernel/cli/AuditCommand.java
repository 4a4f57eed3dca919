package io.github.celonisnb.kernel.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.github.celonisnb.magics.credentials.CredentialRequest;
import io.github.celonisnb.magics.credentials.CredentialResolver;
import io.github.celonisnb.magics.credentials.Credentials;
import io.github.celonisnb.magics.credentials.CredentialsException;
import io.github.celonisnb.magics.credentials.KeyFileSafety;
import io.github.celonisnb.magics.credentials.KeyFileTrackedException;
import io.github.celonisnb.magics.credentials.KeyFileWarning;
import io.github.celonisnb.magics.ems.EmsException;
import io.github.celonisnb.magics.ems.EmsLogin;
import io.github.celonisnb.magics.ems.LoginOptions;
import io.github.celonisnb.magics.ems.LoginResult;
import io.github.celonisnb.magics.magic.CelonisSession;
import io.github.celonisnb.magics.magic.PermissionReportView;
import io.github.celonisnb.magics.permissions.InvalidPolicyException;
import io.github.celonisnb.magics.permissions.PermissionReport;
import io.github.celonisnb.magics.permissions.Policy;
import io.github.celonisnb.magics.permissions.PolicyAudit;
import io.github.celonisnb.magics.permissions.PolicyLocator;
import io.github.celonisnb.magics.secrets.KeyType;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code celonis-nb audit}: the permission report of a key file's key, measured against a policy, for CI. Exit
 * status 0 when the key matches the policy (or no policy was given), 1 when something is missing or in excess
 * or the key file is tracked by git, 2 for a bad command line, key file or policy, 4 when EMS refuses the key or
 * cannot be reached.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show what a key may do and measure it against a notebook's policy, for CI.",
            "The policy: --policy FILE (with any --require/--allow), else --require/--allow, else",
            "celonis-policy.json in the current folder when it exists.",
            "Exit status: 0 the key matches the policy (or there is none); 1 a permission is missing or in excess,",
            "or git tracks the key file; 2 bad options, key file or policy; 4 EMS refused the key or is unreachable."})
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--key-file", paramLabel = "FILE", required = true,
            description = "The key file: {\"url\": \"https://<team>.<realm>.celonis.cloud\", \"api_token\": \"<key>\"}.")
    Path keyFile;

    @ArgGroup(exclusive = true)
    KeyTypeChoice keyType;

    static final class KeyTypeChoice {
        @Option(names = "--app-key", description = "The key is an application key (default for a file named app.json).")
        boolean appKey;

        @Option(names = "--user-key", description = "The key is a user key (default for a file named user.json).")
        boolean userKey;
    }

    @Option(names = "--url", paramLabel = "URL", description = "The EMS address (default: from the key file, then CELONIS_URL).")
    String url;

    @Option(names = "--policy", paramLabel = "FILE", description = "The policy file to measure the key against.")
    Path policyFile;

    @Option(names = "--require", paramLabel = "SPEC",
            description = "A permission the notebook needs: service:PERM[,PERM...] or service:pool/NAME:PERM[,...] (repeatable).")
    List<String> required = new ArrayList<>();

    @Option(names = "--allow", paramLabel = "SPEC",
            description = "A permission the key may hold without the notebook needing it, in the same form (repeatable).")
    List<String> allowed = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (an aligned table, the default) or json.")
    String format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!format.equals("text") && !format.equals("json")) {
            err.println("celonis-nb: --format takes text or json.");
            return ExitCodes.USAGE;
        }
        Path cwd = Path.of("").toAbsolutePath();
        Credentials credentials;
        Optional<Policy> policy;
        try {
            credentials = CredentialResolver.forThisProcess().resolve(new CredentialRequest(askedKeyType(), keyFile,
                    null, url));
            if (credentials.keyType() == null && impliedKeyType() != null) {
                credentials = new Credentials(credentials.url(), credentials.key(), impliedKeyType(),
                        credentials.origin());
            }
            for (KeyFileWarning warning : KeyFileSafety.check(Path.of(credentials.origin().key().location()))) {
                err.println("celonis-nb: warning: " + warning.message());
            }
            policy = PolicyLocator.find(cwd, policyFile, required, allowed);
        } catch (KeyFileTrackedException e) {
            err.println("celonis-nb: " + e.getMessage());
            return ExitCodes.FOUND_PROBLEM;
        } catch (CredentialsException | InvalidPolicyException e) {
            err.println("celonis-nb: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PermissionReport report;
        try {
            LoginResult login = EmsLogin.login(credentials, LoginOptions.defaults());
            try (CelonisSession session = new CelonisSession(login)) {
                report = session.permissionReport().report();
            }
        } catch (EmsException e) {
            err.println("celonis-nb: " + e.getMessage());
            return ExitCodes.EMS_FAILED;
        }
        if (policy.isPresent()) {
            report = PolicyAudit.audit(report, policy.get());
        } else {
            err.println("celonis-nb: no policy (--policy FILE, --require SPEC, or celonis-policy.json in " + cwd
                    + "), so nothing counts as missing or in excess.");
        }
        PermissionReportView view = new PermissionReportView(report);
        out.println(format.equals("json") ? view.toJson() : view.toText());
        out.flush();
        return report.failsPolicy() ? ExitCodes.FOUND_PROBLEM : ExitCodes.OK;
    }

    private KeyType askedKeyType() {
        return keyType == null ? null : keyType.appKey ? KeyType.APP_KEY : KeyType.USER_KEY;
    }

    /** The type a key file's name implies, as for the default files: app.json, user.json; else none. */
    private KeyType impliedKeyType() {
        String name = keyFile.getFileName() == null ? "" : keyFile.getFileName().toString();
        if (name.equals(CredentialResolver.APP_KEY_FILE)) {
            return KeyType.APP_KEY;
        }
        if (name.equals(CredentialResolver.USER_KEY_FILE)) {
            return KeyType.USER_KEY;
        }
        return null;
    }
}
