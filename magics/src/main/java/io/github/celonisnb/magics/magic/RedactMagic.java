package io.github.celonisnb.magics.magic;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.github.celonisnb.magics.credentials.CredentialsException;
import io.github.celonisnb.magics.credentials.Environment;
import io.github.celonisnb.magics.credentials.KeyFiles;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import picocli.CommandLine;

/**
 * {@code %celonis_redact}: adds secrets other than the login key (a database password, a second key)
 * to the kernel's redactor. Nothing registered is ever removed while the kernel runs.
 */
public final class RedactMagic {

    private final SecretRegistry secrets;
    private final Environment environment;
    private final MagicOutput out;

    public RedactMagic(SecretRegistry secrets, Environment environment, MagicOutput out) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.out = Objects.requireNonNull(out, "out");
    }

    /** Runs the magic; returns {@code null}, the result is one line of output. */
    public Object run(List<String> args) throws MagicUsageException, CredentialsException {
        RedactArguments parsed = new RedactArguments();
        CommandLine cli = new CommandLine(parsed);
        try {
            cli.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            // Register first: whatever was typed may be the secret itself.
            args.stream().filter(a -> !a.startsWith("-") && a.length() >= SecretRegistry.MINIMUM_SECRET_LENGTH)
                    .forEach(a -> secrets.registerValue(a, "secret"));
            throw new MagicUsageException(LoginMagic.withoutValues(e.getMessage(), args)
                    + "\nRun %celonis_redact --help for the options.");
        }
        if (parsed.help) {
            StringWriter text = new StringWriter();
            cli.usage(new PrintWriter(text), CommandLine.Help.Ansi.OFF);
            out.info(text.toString().stripTrailing());
            return null;
        }
        List<String> sources = new ArrayList<>();
        for (String value : nullToEmpty(parsed.values)) {
            register(value, parsed.label);
            sources.add("a value from the notebook");
        }
        for (String var : nullToEmpty(parsed.envVars)) {
            String value = environment.get(var).orElseThrow(() -> new MagicUsageException(
                    "The environment variable " + var + " is not set, so there is nothing to redact from it."));
            register(value, parsed.label);
            sources.add("environment variable " + var);
        }
        for (Path file : nullToEmpty(parsed.files)) {
            register(readSecret(file), parsed.label);
            sources.add("file " + file);
        }
        if (sources.isEmpty()) {
            throw new MagicUsageException("%celonis_redact needs something to redact: --env VAR, --file PATH or a value. "
                    + "Run %celonis_redact --help for the options.");
        }
        out.info("Redacting from every later output of this kernel: " + String.join(", ", sources)
                + ", shown as [REDACTED " + parsed.label + "].");
        return null;
    }

    private void register(String value, String label) throws MagicUsageException {
        try {
            secrets.registerValue(value.strip(), label);
        } catch (IllegalArgumentException e) {
            throw new MagicUsageException(e.getMessage());
        }
    }

    /** A key file's key, or else the whole file, trimmed. */
    private static String readSecret(Path file) throws CredentialsException, MagicUsageException {
        try {
            return KeyFiles.readKey(file).reveal();
        } catch (CredentialsException notAKeyFile) {
            if (!Files.isRegularFile(file)) {
                throw notAKeyFile;
            }
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new MagicUsageException("The file " + file + " cannot be read (" + e.getClass().getSimpleName() + ").");
            }
        }
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
