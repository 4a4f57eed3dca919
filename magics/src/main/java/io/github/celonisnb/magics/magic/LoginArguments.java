package io.github.celonisnb.magics.magic;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The arguments of {@code %celonis_login}, parsed by picocli from the magic's argument list. */
@Command(name = "%celonis_login", mixinStandardHelpOptions = false, sortOptions = false,
        description = {
            "Log in to Celonis EMS with an application key or a user key.",
            "The key is read from a key file or an environment variable, never from the notebook.",
            "",
            "Key sources, first match wins: --prompt; --key-file; --env VAR (default CELONIS_API_TOKEN);",
            "the default key file ~/pycelonis-profiles/app.json (--app-key) or user.json (--user-key),",
            "whose folder CELONIS_PROFILE_DIR overrides. A key file holds",
            "  {\"url\": \"https://<team>.<realm>.celonis.cloud\", \"api_token\": \"<key>\"}."})
final class LoginArguments {

    @ArgGroup(exclusive = true)
    KeyTypeChoice keyType;

    static final class KeyTypeChoice {
        @Option(names = "--app-key", description = "The key is an application key (Authorization: AppKey).")
        boolean appKey;

        @Option(names = "--user-key", description = "The key is a user key (Authorization: Bearer).")
        boolean userKey;
    }

    @Option(names = "--key-file", paramLabel = "PATH",
            description = "Read the key (and URL) from this key file: JSON {\"url\", \"api_token\"} or a raw token.")
    Path keyFile;

    @Option(names = "--env", paramLabel = "VAR",
            description = "Read the key from this environment variable (default CELONIS_API_TOKEN; URL from CELONIS_URL).")
    String envVar;

    @Option(names = "--url", paramLabel = "URL",
            description = "The EMS address, e.g. https://<team>.<realm>.celonis.cloud (default: from the key file or CELONIS_URL).")
    String url;

    @Option(names = "--prompt",
            description = "Type the key at a masked prompt (where the front end takes input; nbconvert does not)."
                    + " The URL then comes from --url or CELONIS_URL.")
    boolean prompt;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
    boolean help;

    /** Anything left over; a key pasted here is refused before it can be used. */
    @Parameters(hidden = true, arity = "0..*")
    List<String> unexpected;
}
