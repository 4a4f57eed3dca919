package io.github.celonisnb.magics.secrets.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SecretFormsTest {

    private final TestKeys.Parts parts = TestKeys.parts(new Random(11));
    private final KnownSecret celonisKey = new KnownSecret("celonis-app-key", parts.key());

    private static Map<SecretEncoding, List<String>> byEncoding(KnownSecret secret) {
        return SecretForms.of(secret).stream().collect(Collectors.groupingBy(SecretForm::encoding,
                Collectors.mapping(SecretForm::text, Collectors.toList())));
    }

    @Test
    void aCelonisKeyHasItsDecodedFormsAndPartialForms() {
        Map<SecretEncoding, List<String>> forms = byEncoding(celonisKey);

        assertEquals(List.of(parts.key()), forms.get(SecretEncoding.RAW));
        assertEquals(List.of(parts.decoded(), parts.uuid() + "%3A" + parts.secret(),
                parts.uuid() + "%3a" + parts.secret()), forms.get(SecretEncoding.CELONIS_DECODED));
        assertEquals(List.of(parts.secret()), forms.get(SecretEncoding.CELONIS_SECRET_PART));
        assertEquals(List.of(parts.key(), parts.secret()), forms.get(SecretEncoding.PREFIX));
        assertEquals(List.of(parts.key(), parts.secret()), forms.get(SecretEncoding.SUFFIX));
        byte[] bytes = parts.key().getBytes(StandardCharsets.US_ASCII);
        assertTrue(forms.get(SecretEncoding.BASE64).contains(Base64.getEncoder().encodeToString(bytes)));
        // Base64 of letters, digits, '-' and ':' never holds '+' or '/', so base64url adds no form of its own.
        assertTrue(forms.get(SecretEncoding.BASE64)
                .contains(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)));
        assertEquals(null, forms.get(SecretEncoding.BASE64URL));
    }

    @Test
    void escapedFormsCoverJsonUrlAndHtmlWritersOfAValueWithSpecialCharacters() {
        Map<SecretEncoding, List<String>> forms = byEncoding(new KnownSecret("db-password", "p\u00e4/ss+w=rd\"1"));

        // Once, and twice for JSON inside JSON.
        assertEquals(List.of("p\u00e4/ss+w=rd\\\"1", "p\u00e4/ss+w=rd\\\\\\\"1"), forms.get(SecretEncoding.JSON_ESCAPED));
        assertEquals(List.of("p\u00e4\\/ss+w=rd\\\"1"), forms.get(SecretEncoding.JSON_SLASH_ESCAPED));
        assertEquals(List.of("p\\u00e4/ss+w=rd\\\"1", "p\\u00e4\\/ss+w=rd\\\"1"),
                forms.get(SecretEncoding.JSON_UNICODE_ESCAPED));
        assertEquals(List.of("p\\u00E4/ss+w=rd\\\"1", "p\\u00E4\\/ss+w=rd\\\"1"),
                forms.get(SecretEncoding.JSON_UNICODE_ESCAPED_UPPER));
        // Gson's default ('=' and < > & ' escaped as well), .NET's (upper-case hex, '"', '+' and non-ASCII too), and
        // Gson's twice.
        assertEquals(List.of("p\u00e4/ss+w\\u003drd\\\"1", "p\\u00E4/ss\\u002Bw=rd\\u00221",
                "p\u00e4/ss+w\\\\u003drd\\\\\\\"1"), forms.get(SecretEncoding.JSON_HTML_SAFE_ESCAPED));
        // Fully percent-encoded, then with '/' left as Python's quote() leaves it; with no space, form encoding adds
        // nothing.
        assertEquals(List.of("p%C3%A4%2Fss%2Bw%3Drd%221", "p%C3%A4/ss%2Bw%3Drd%221"),
                forms.get(SecretEncoding.URL_ENCODED));
        assertEquals(List.of("p%c3%a4%2fss%2bw%3drd%221", "p%c3%a4/ss%2bw%3drd%221"),
                forms.get(SecretEncoding.URL_ENCODED_LOWER));
        assertEquals(List.of("p\u00e4/ss+w=rd&quot;1", "p\u00e4&#x2F;ss+w=rd&quot;1", "p\u00e4&#x2f;ss+w=rd&quot;1",
                "p\u00e4&#47;ss+w=rd&quot;1", "p\u00e4/ss+w=rd&#34;1", "p\u00e4&#x2F;ss+w=rd&#34;1",
                "p\u00e4&#x2f;ss+w=rd&#34;1", "p\u00e4&#47;ss+w=rd&#34;1"), forms.get(SecretEncoding.HTML_ESCAPED));
        assertEquals(List.of("p&#228;&#47;ss&#43;w&#61;rd&#34;1", "p&#xe4;&#x2f;ss&#x2b;w&#x3d;rd&#x22;1",
                "p&#xE4;&#x2F;ss&#x2B;w&#x3D;rd&#x22;1"), forms.get(SecretEncoding.HTML_NUMERIC_ESCAPED));
    }

    @Test
    void embeddedBase64FindsTheValueInsideBasicCredentialsForAnyUserName() {
        // With a user name of 2 mod 3 characters the key is aligned, and the embedded form is plain base64.
        Set<String> embedded = SecretForms.of(celonisKey).stream()
                .filter(f -> f.encoding() == SecretEncoding.BASE64_EMBEDDED || f.encoding() == SecretEncoding.BASE64)
                .map(SecretForm::text)
                .collect(Collectors.toSet());
        for (String user : List.of("", "a", "ab", "abc", "data-team", "x@example.org")) {
            String header = Base64.getEncoder().encodeToString(
                    (user + ":" + parts.key()).getBytes(StandardCharsets.US_ASCII));
            assertTrue(embedded.stream().anyMatch(header::contains), "user name of length " + user.length());
        }
    }

    @Test
    void everyFormIsAtLeastEightCharactersAndUnique() {
        List<SecretForm> forms = SecretForms.of(new KnownSecret("short-one", "abcdefgh"));

        assertTrue(forms.stream().allMatch(f -> f.text().length() >= 8));
        long whole = forms.stream()
                .filter(f -> f.encoding() != SecretEncoding.PREFIX && f.encoding() != SecretEncoding.SUFFIX)
                .map(SecretForm::text).distinct().count();
        assertEquals(whole, forms.stream()
                .filter(f -> f.encoding() != SecretEncoding.PREFIX && f.encoding() != SecretEncoding.SUFFIX)
                .count());
        // Eight characters are too short for a prefix of twelve to mean anything.
        assertTrue(forms.stream().noneMatch(f -> f.encoding() == SecretEncoding.PREFIX));
    }

    @Test
    void wrapBreaksTheValueEveryWidthCharacters() {
        assertEquals("abcd\r\nefgh\r\nij", SecretForms.wrap("abcdefghij", 4, "\r\n"));
        assertEquals("abcdefghij", SecretForms.wrap("abcdefghij", 10, "\n"));
    }

    @Test
    void aFormsToStringHidesItsText() {
        assertEquals("SecretForm[RAW, length=108]", SecretForms.of(celonisKey).get(0).toString());
    }
}
