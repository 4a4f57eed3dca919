package io.github.celonisnb.kernel.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** The options that say which key values to look for, shared by {@code check}, {@code sanitize} and the git filter. */
final class KnownSecretOptions {

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "Also look for the key in this key file ({\"url\": ..., \"api_token\": ...}, or a file"
                    + " holding just the key). May be repeated.")
    List<Path> keyFiles = new ArrayList<>();

    @Option(names = "--no-default-keys",
            description = "Do not look for the keys in ~/pycelonis-profiles/app.json and user.json (or"
                    + " $CELONIS_PROFILE_DIR) and in CELONIS_API_TOKEN; key shapes are still found.")
    boolean noDefaultKeys;
}
