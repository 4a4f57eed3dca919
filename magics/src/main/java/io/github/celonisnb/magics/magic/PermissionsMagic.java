package io.github.celonisnb.magics.magic;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.github.celonisnb.magics.permissions.InvalidPolicyException;
import io.github.celonisnb.magics.permissions.PermissionReport;
import io.github.celonisnb.magics.permissions.Policy;
import io.github.celonisnb.magics.permissions.PolicyAudit;
import io.github.celonisnb.magics.permissions.PolicyLocator;
import io.github.celonisnb.magics.permissions.PolicyViolationException;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import picocli.CommandLine;

/**
 * {@code %celonis_permissions}: the logged-in key's permission report, fresh from EMS, as an HTML table with a
 * text twin (or text only, or JSON), measured against the notebook's policy when there is one. With
 * {@code --strict} a key that fails the policy fails the cell, which stops a notebook run.
 */
public final class PermissionsMagic {

    private final MagicOutput out;
    private final SecretRegistry secrets;
    private final Path workingDirectory;

    /**
     * @param workingDirectory where relative {@code --policy} paths and {@code celonis-policy.json} are looked for
     */
    public PermissionsMagic(MagicOutput out, SecretRegistry secrets, Path workingDirectory) {
        this.out = Objects.requireNonNull(out, "out");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /**
     * Runs the magic.
     *
     * @return always {@code null}: the report is displayed
     * @throws MagicUsageException       for arguments it does not take; the message does not show them
     * @throws InvalidPolicyException    when the policy file or an option's value is not a valid policy
     * @throws NotLoggedInException      before any login
     * @throws PolicyViolationException  with {@code --strict}, when a permission is in excess or missing
     */
    public Object run(List<String> args) throws MagicUsageException, InvalidPolicyException,
            PolicyViolationException {
        PermissionsArguments parsed = parse(args);
        if (parsed.help) {
            out.info(usage());
            return null;
        }
        if (parsed.unexpected != null && !parsed.unexpected.isEmpty()) {
            parsed.unexpected.stream().filter(value -> value.length() >= SecretRegistry.MINIMUM_SECRET_LENGTH)
                    .forEach(value -> secrets.registerValue(value, "secret"));
            throw new MagicUsageException("%celonis_permissions takes no positional arguments (the one given is not"
                    + " shown). Name what the notebook needs with --require SPEC, e.g. --require"
                    + " event-collection:USE_ALL_DATA_MODELS; run %celonis_permissions --help for the options.");
        }
        for (String spec : parsed.required) {
            KeyShapedValues.refuse("--require", spec, secrets);
        }
        for (String spec : parsed.allowed) {
            KeyShapedValues.refuse("--allow", spec, secrets);
        }
        ReportFormat format = ReportFormat.parse(parsed.format);
        Optional<Policy> policy = PolicyLocator.find(workingDirectory, parsed.policyFile, parsed.required,
                parsed.allowed);
        if (parsed.strict && policy.isEmpty()) {
            throw new MagicUsageException("--strict needs a policy to hold the key to: give --require SPEC or --policy"
                    + " FILE, or put celonis-policy.json beside the notebook.");
        }
        CelonisSession session = CelonisSessions.current();
        PermissionReport report = PermissionReport.of(SessionAccess.read(session.client()));
        if (policy.isPresent()) {
            report = PolicyAudit.audit(report, policy.get());
        }
        PermissionReportView view = new PermissionReportView(report);
        switch (format) {
            case TABLE -> out.display(view.toHtml(), view.toText());
            case TEXT -> out.info(view.toText());
            case JSON -> out.info(view.toJson());
        }
        if (parsed.strict && report.failsPolicy()) {
            throw new PolicyViolationException(report.audit().orElseThrow());
        }
        return null;
    }

    /** The ways the report can be shown. */
    enum ReportFormat {
        TABLE, TEXT, JSON;

        static ReportFormat parse(String value) throws MagicUsageException {
            for (ReportFormat format : values()) {
                if (format.name().equalsIgnoreCase(value)) {
                    return format;
                }
            }
            throw new MagicUsageException("--format takes table, text or json, not " + (value.length() > 12
                    ? "the value given" : "'" + value + "'") + ".");
        }
    }

    private static PermissionsArguments parse(List<String> args) throws MagicUsageException {
        PermissionsArguments parsed = new PermissionsArguments();
        try {
            new CommandLine(parsed).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new MagicUsageException(LoginMagic.withoutValues(e.getMessage(), args)
                    + "\nRun %celonis_permissions --help for the options.");
        }
        return parsed;
    }

    /** The help text, in picocli's layout. */
    public static String usage() {
        StringWriter text = new StringWriter();
        new CommandLine(new PermissionsArguments()).usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
        return text.toString().stripTrailing();
    }
}
