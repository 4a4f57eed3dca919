package io.github.celonisnb.magics.magic;

import java.util.Objects;

import io.github.celonisnb.magics.secrets.SecretRegistry;
import io.github.celonisnb.magics.secrets.detect.SecretScanner;

/**
 * Refuses a magic's option value that looks like a key or another secret (by shape, as the redactor finds them):
 * written in a cell, it is saved with the notebook. The value is registered for redaction first, then refused without being shown.
 */
final class KeyShapedValues {

    private static final SecretScanner SHAPES = SecretScanner.shapesOnly();

    private KeyShapedValues() {
    }

    /**
     * @param option the option the value was given to, e.g. {@code --url}
     * @param value  the value; null is fine
     * @throws MagicUsageException when the value holds a secret's shape
     */
    static void refuse(String option, String value, SecretRegistry secrets) throws MagicUsageException {
        if (value == null || SHAPES.scan(value).isEmpty()) {
            return;
        }
        Objects.requireNonNull(secrets, "secrets").registerValue(value, "secret");
        throw new MagicUsageException("The value of " + option + " looks like a key (it is not shown): a key written"
                + " in a cell is saved with the notebook and everyone it is shared with gets it. Keys go in a key file"
                + " (`celonis-nb key save --app-key` writes ~/pycelonis-profiles/app.json, mode 600), the"
                + " CELONIS_API_TOKEN environment variable, or a masked prompt: %celonis_login --app-key --prompt.");
    }
}
