package io.github.celonisnb.magics.ems;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.celonisnb.magics.ems.InvalidEmsUrlException.Problem;
import io.github.celonisnb.magics.testing.TestKeys;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmsUrlTest {

    private static final String EXPECTED = "; expected https://<team>.<realm>.celonis.cloud.";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "https://acme.eu-1.celonis.cloud                                 | https://acme.eu-1.celonis.cloud",
        "acme.eu-1.celonis.cloud                                         | https://acme.eu-1.celonis.cloud",
        "https://acme.eu-1.celonis.cloud/                                | https://acme.eu-1.celonis.cloud",
        "https://acme.eu-1.celonis.cloud/package-manager/ui/views?x=1#top | https://acme.eu-1.celonis.cloud",
        "acme.eu-1.celonis.cloud?token=abc                               | https://acme.eu-1.celonis.cloud",
        "acme.eu-1.celonis.cloud#/spaces                                 | https://acme.eu-1.celonis.cloud",
        "HTTPS://ACME.eu-1.Celonis.Cloud                                 | https://acme.eu-1.celonis.cloud",
        "'  https://acme.eu-1.celonis.cloud  '                           | https://acme.eu-1.celonis.cloud",
        "https://acme.eu-1.celonis.cloud:443                             | https://acme.eu-1.celonis.cloud",
        "https://acme.eu-1.celonis.cloud:8443/x                          | https://acme.eu-1.celonis.cloud:8443",
        "https://10.0.0.5                                                | https://10.0.0.5",
        "localhost:8080                                                  | https://localhost:8080",
        "http://localhost:8080                                           | http://localhost:8080",
        "http://LocalHost                                                | http://localhost",
        "http://127.0.0.1:9000/api/cloud                                 | http://127.0.0.1:9000",
        "http://127.1.2.3                                                | http://127.1.2.3",
        "http://[::1]:8080/                                              | http://[::1]:8080",
    })
    void normalisesAUrlToSchemeHostAndPort(String raw, String expected) {
        assertEquals(expected, EmsUrl.parse(raw).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "http://acme.eu-1.celonis.cloud     | PLAIN_HTTP         | HTTP is not supported for acme.eu-1.celonis.cloud:"
            + " use https://acme.eu-1.celonis.cloud; plain http:// is allowed only for loopback addresses such as"
            + " 127.0.0.1 (the emulator).",
        "http://10.0.0.5:8080               | PLAIN_HTTP         | HTTP is not supported for 10.0.0.5: use"
            + " https://10.0.0.5; plain http:// is allowed only for loopback addresses such as 127.0.0.1 (the"
            + " emulator).",
        "http://localhost.example.com       | PLAIN_HTTP         | HTTP is not supported for localhost.example.com:"
            + " use https://localhost.example.com; plain http:// is allowed only for loopback addresses such as"
            + " 127.0.0.1 (the emulator).",
        "http://128.0.0.1                   | PLAIN_HTTP         | HTTP is not supported for 128.0.0.1: use"
            + " https://128.0.0.1; plain http:// is allowed only for loopback addresses such as 127.0.0.1 (the"
            + " emulator).",
        "ftp://acme.eu-1.celonis.cloud      | UNSUPPORTED_SCHEME | The EMS URL must start with https:// (not"
            + " ftp://); expected https://<team>.<realm>.celonis.cloud.",
        "https://me:pw@acme.eu-1.celonis.cloud | USER_INFO      | The EMS URL must not hold a user name or password"
            + " before the host; give the key separately and the URL as https://<team>.<realm>.celonis.cloud.",
        "https://exa mple.com               | MALFORMED          | Invalid URL format: 'https://exa mple.com';"
            + " expected https://<team>.<realm>.celonis.cloud.",
        "https:///api/cloud                 | MALFORMED          | Invalid URL format: 'https:///api/cloud'; expected"
            + " https://<team>.<realm>.celonis.cloud.",
        "https://acme.eu-1.celonis.cloud:99999 | MALFORMED       | Invalid URL format:"
            + " 'https://acme.eu-1.celonis.cloud:99999'; expected https://<team>.<realm>.celonis.cloud.",
        "acme                               | NO_DOMAIN          | The EMS URL's host 'acme' has no domain; expected"
            + " https://<team>.<realm>.celonis.cloud.",
    })
    void refusesAUrlItCannotUseSayingWhatIsExpected(String raw, Problem problem, String message) {
        InvalidEmsUrlException e = assertThrows(InvalidEmsUrlException.class, () -> EmsUrl.parse(raw));
        assertEquals(message, e.getMessage());
        assertEquals(problem, e.problem());
    }

    @Test
    void refusesAnEmptyUrl() {
        for (String raw : new String[] {null, "", "  \n"}) {
            InvalidEmsUrlException e = assertThrows(InvalidEmsUrlException.class, () -> EmsUrl.parse(raw));
            assertEquals("The EMS URL is empty" + EXPECTED, e.getMessage());
            assertEquals(Problem.EMPTY, e.problem());
        }
    }

    @Test
    void neverEchoesAKeyPastedAsTheUrl() {
        String key = TestKeys.newKeyValue();
        InvalidEmsUrlException e = assertThrows(InvalidEmsUrlException.class, () -> EmsUrl.parse(key));
        assertEquals("Invalid URL format: (a value of 108 characters that looks like a key, not a URL)" + EXPECTED,
                e.getMessage());
    }

    @Test
    void neverEchoesAnyPartOfAPastedTokenWithOrWithoutScheme() {
        for (int i = 0; i < 300; i++) {
            String token = TestKeys.newTokenWithSlashAndPlus();
            for (String pasted : new String[] {token, "https://" + token, "http://" + token}) {
                InvalidEmsUrlException e = assertThrows(InvalidEmsUrlException.class, () -> EmsUrl.parse(pasted));
                assertNoPartOf(token, e.getMessage());
            }
        }
    }

    private static void assertNoPartOf(String token, String message) {
        String text = message.toLowerCase(Locale.ROOT);
        String lower = token.toLowerCase(Locale.ROOT);
        for (int i = 0; i + 12 <= lower.length(); i++) {
            assertFalse(text.contains(lower.substring(i, i + 12)), "the message shows part of the token");
        }
    }

    @Test
    void neverEchoesAKeyUsedAsAHostName() {
        String label = TestKeys.newKeyValue().substring(0, 60);
        InvalidEmsUrlException e = assertThrows(InvalidEmsUrlException.class,
                () -> EmsUrl.parse("http://" + label + ".example.com"));
        assertEquals("HTTP is not supported for this host (whose name looks like a key): use https://; plain http://"
                + " is allowed only for loopback addresses such as 127.0.0.1 (the emulator).", e.getMessage());
    }

    @Test
    void resolvesAPathWithItsQueryOnTheTeamsHost() {
        EmsUrl url = EmsUrl.parse("acme.eu-1.celonis.cloud/ignored");
        assertEquals("https://acme.eu-1.celonis.cloud/api/cloud", url.resolve("/api/cloud").toString());
        assertEquals("https://acme.eu-1.celonis.cloud/package-manager/api/nodes/tree?spaceId=s1",
                url.resolve("/package-manager/api/nodes/tree?spaceId=s1").toString());
        assertEquals("https://acme.eu-1.celonis.cloud/", url.base().toString());
    }

    @Test
    void refusesAPathThatCouldLeaveTheTeamsHost() {
        EmsUrl url = EmsUrl.parse("https://acme.eu-1.celonis.cloud");
        for (String path : new String[] {"api/cloud", "//evil.example.com/api/cloud", "@evil.example.com/x"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> url.resolve(path));
            assertEquals("A path on EMS starts with a single '/', e.g. /api/cloud", e.getMessage());
        }
    }

    @Test
    void equalsTheSameNormalisedUrl() {
        assertEquals(EmsUrl.parse("https://acme.eu-1.celonis.cloud/x"), EmsUrl.parse("ACME.eu-1.celonis.cloud"));
        assertEquals(EmsUrl.parse("https://acme.eu-1.celonis.cloud").hashCode(),
                EmsUrl.parse("acme.eu-1.celonis.cloud").hashCode());
    }
}
