package io.github.celonisnb.magics.secrets.detect;

/** How a known secret's value was turned into the text of one {@link SecretForm}. */
public enum SecretEncoding {
    /** The value as it is. */
    RAW,
    /** JSON string escaping: quote, backslash and control characters escaped. */
    JSON_ESCAPED,
    /** JSON escaping with '/' written as {@code \/}, as some JSON writers do. */
    JSON_SLASH_ESCAPED,
    /** JSON escaping with every non-ASCII character as <code>&#92;u00e4</code>-style escapes, lowercase hex. */
    JSON_UNICODE_ESCAPED,
    /** The same with uppercase hex, as Jackson and Java write it. */
    JSON_UNICODE_ESCAPED_UPPER,
    /**
     * JSON escaping that also writes some ASCII characters as <code>&#92;u003c</code>-style escapes: Gson's default
     * ({@code < > & = '}, lower-case hex; Gson is on a Java notebook's class path), .NET's ({@code " < > & ' + `} and
     * everything beyond ASCII, upper-case hex), and Gson's applied twice.
     */
    JSON_HTML_SAFE_ESCAPED,
    /**
     * Percent-encoding of everything but unreserved characters, uppercase hex ({@code %2B}); also with '/' left as it
     * is (Python's {@code quote()}) and with a space as '+' (form encoding).
     */
    URL_ENCODED,
    /** The same percent-encodings with lowercase hex ({@code %2b}). */
    URL_ENCODED_LOWER,
    /** HTML escaping of {@code & < > " '}, with {@code &#x27;} or {@code &#39;} for the apostrophe. */
    HTML_ESCAPED,
    /** HTML escaping of every character that is not a letter or digit, as numeric character references. */
    HTML_NUMERIC_ESCAPED,
    /** Base64 of the UTF-8 bytes, with and without padding. */
    BASE64,
    /** Base64url of the UTF-8 bytes, with and without padding. */
    BASE64URL,
    /**
     * The characters of base64 (or base64url) that depend on the value alone when it is encoded after 0, 1 or 2 other
     * bytes: finds the value inside any longer base64, such as {@code Basic base64(user:value)}.
     */
    BASE64_EMBEDDED,
    /** A Celonis key decoded: {@code <uuid>:<secret>}. */
    CELONIS_DECODED,
    /** The secret part of a decoded Celonis key, without the uuid. */
    CELONIS_SECRET_PART,
    /** A printed prefix: the first 12 or more characters of the value (or of a Celonis key's secret part). */
    PREFIX,
    /** A printed suffix: the last 12 or more characters of the value (or of a Celonis key's secret part). */
    SUFFIX
}
