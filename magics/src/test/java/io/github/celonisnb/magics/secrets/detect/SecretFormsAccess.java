package io.github.celonisnb.magics.secrets.detect;

/** Test access to the encoders behind {@link SecretForms}, for planting secrets in their printed forms. */
public final class SecretFormsAccess {

    private SecretFormsAccess() {
    }

    public static String jsonEscaped(String value) {
        return SecretForms.jsonEscape(value, true, true, false);
    }

    public static String urlEncoded(String value) {
        return SecretForms.urlEncode(value, true);
    }

    public static String htmlNumeric(String value) {
        return SecretForms.of(new KnownSecret("x-access", value)).stream()
                .filter(f -> f.encoding() == SecretEncoding.HTML_NUMERIC_ESCAPED)
                .findFirst().orElseThrow().text();
    }
}
