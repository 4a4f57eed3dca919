package io.github.celonisnb.magics.magic;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import picocli.CommandLine;

/**
 * {@code %celonis_logout}: forgets the kernel's EMS session and closes its client, then says so in one line.
 *
 * <p>It deliberately leaves the redactor alone: the key may already sit in a variable, a cell's output or a
 * stack trace of this kernel, so it stays registered and keeps being hidden until the kernel restarts. The
 * magic has no access to the registry at all.
 */
public final class LogoutMagic {

    private final MagicOutput out;

    public LogoutMagic(MagicOutput out) {
        this.out = Objects.requireNonNull(out, "out");
    }

    /**
     * Runs the magic.
     *
     * @param args the magic's arguments, as the kernel split them; it takes only {@code --help}
     * @return always {@code null}: the outcome is printed
     * @throws MagicUsageException for any other argument; the message does not show it
     */
    public Object run(List<String> args) throws MagicUsageException {
        LogoutArguments parsed = parse(args);
        if (parsed.help) {
            out.info(usage());
            return null;
        }
        if (parsed.unexpected != null && !parsed.unexpected.isEmpty()) {
            throw new MagicUsageException("%celonis_logout takes no arguments (the one given is not shown, in case"
                    + " it is a key). Run %celonis_logout on its own.");
        }
        Optional<CelonisSession> forgotten = CelonisSessions.forget();
        if (forgotten.isPresent()) {
            out.info("Logged out of " + forgotten.get().url() + ": the session is forgotten and '"
                    + LoginMagic.SESSION_VARIABLE + "' stops working until the next %celonis_login; the key stays"
                    + " registered for redaction in this kernel.");
        } else {
            out.info("There was no Celonis EMS session to log out of; nothing changed.");
        }
        return null;
    }

    private static LogoutArguments parse(List<String> args) throws MagicUsageException {
        LogoutArguments parsed = new LogoutArguments();
        try {
            new CommandLine(parsed).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new MagicUsageException(LoginMagic.withoutValues(e.getMessage(), args)
                    + "\nRun %celonis_logout --help for the options.");
        }
        return parsed;
    }

    /** The help text, in picocli's layout. */
    public static String usage() {
        StringWriter text = new StringWriter();
        new CommandLine(new LogoutArguments()).usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
        return text.toString().stripTrailing();
    }
}
