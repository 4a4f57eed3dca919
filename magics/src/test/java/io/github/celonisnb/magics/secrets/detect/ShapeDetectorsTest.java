package io.github.celonisnb.magics.secrets.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each shape detector alone, on the texts it must find and the texts it must leave alone. */
class ShapeDetectorsTest {

    private static final String ESC = "\u001b";
    private final Random random = new Random(42);
    private final String key = TestKeys.celonisKey(random);

    private static String redact(SecretDetector detector, String text) {
        String once = new SecretScanner(List.of(), List.of(detector)).redact(text);
        assertEquals(once, new SecretScanner(List.of(), List.of(detector)).redact(once), "redacting twice");
        return once;
    }

    private String base32(int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    private static String base64Url(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class CelonisKeys {
        private final SecretDetector detector = new CelonisKeyDetector();

        @Test
        void findsAKeyInQuotesInAUrlPathAndGluedToOtherBase64() {
            assertEquals("api_key = '[REDACTED celonis-key]'", redact(detector, "api_key = '" + key + "'"));
            assertEquals("GET https://t.eu-1.celonis.cloud/keys/[REDACTED celonis-key]/revoke",
                    redact(detector, "GET https://t.eu-1.celonis.cloud/keys/" + key + "/revoke"));
            assertEquals("Zm9v[REDACTED celonis-key]", redact(detector, "Zm9v" + key));
            assertEquals("[REDACTED celonis-key]", redact(detector, key + TestKeys.celonisKey(random)));
        }

        @Test
        void findsKeysWithShortAndLongSecretsIncludingTheirPadding() {
            for (int length : new int[] {32, 33, 34, 44, 64}) {
                TestKeys.Parts parts = TestKeys.parts(random, length);
                String padded = Base64.getEncoder().encodeToString(
                        parts.decoded().getBytes(StandardCharsets.US_ASCII));
                assertEquals("<[REDACTED celonis-key]>", redact(detector, "<" + padded + ">"), "length " + length);
            }
        }

        @Test
        void ignoresBase64ThatDoesNotDecodeToTheShape() {
            TestKeys.Parts parts = TestKeys.parts(random);
            List<String> decodedTexts = List.of(
                    parts.uuid().toUpperCase() + ":" + parts.secret(),
                    parts.uuid() + ":" + parts.secret().substring(0, 31),
                    parts.uuid() + ":" + TestKeys.alphanumeric(random, 65),
                    parts.uuid() + ":" + parts.secret().substring(0, 20) + "!" + parts.secret().substring(21),
                    parts.uuid() + parts.secret());
            for (String decoded : decodedTexts) {
                String encoded = Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.US_ASCII));
                assertEquals(encoded, redact(detector, encoded));
            }
        }

        @Test
        void findsNothingInAMegabyteOfRandomBase64() {
            byte[] noise = new byte[768 * 1024];
            random.nextBytes(noise);
            String text = Base64.getEncoder().encodeToString(noise);

            assertEquals(List.of(), new SecretScanner(List.of(), List.of(detector)).scan(text));
        }
    }

    @Nested
    class DecodedCelonisKeys {
        @Test
        void findsTheUuidAndSecretPrintedAfterDecoding() {
            TestKeys.Parts parts = TestKeys.parts(random);

            assertEquals("b'[REDACTED celonis-key-decoded]'",
                    redact(new CelonisDecodedKeyDetector(), "b'" + parts.decoded() + "'"));
        }

        @Test
        void findsTwoDecodedKeysGluedTogether() {
            TestKeys.Parts first = TestKeys.parts(random);
            TestKeys.Parts second = TestKeys.parts(random);

            assertEquals("[REDACTED celonis-key-decoded]",
                    redact(new CelonisDecodedKeyDetector(), first.decoded() + second.decoded()));
        }

        @Test
        void ignoresAUuidFollowedByAShortOrOverlongWord() {
            TestKeys.Parts parts = TestKeys.parts(random);
            String shortWord = parts.uuid() + ":" + parts.secret().substring(0, 20);
            String longWord = parts.uuid() + ":" + TestKeys.alphanumeric(random, 65);

            assertEquals(shortWord, redact(new CelonisDecodedKeyDetector(), shortWord));
            assertEquals(longWord, redact(new CelonisDecodedKeyDetector(), longWord));
        }
    }

    @Nested
    class AuthorizationHeaders {
        private final SecretDetector detector = new AuthorizationHeaderDetector();
        private final String token = TestKeys.alphanumeric(random, 40);

        @Test
        void findsTheCredentialAndKeepsTheSchemeReadable() {
            assertEquals("headers = {\"Authorization\": \"AppKey [REDACTED authorization-header]\"}",
                    redact(detector, "headers = {\"Authorization\": \"AppKey " + key + "\"}"));
            assertEquals("authorization: Bearer [REDACTED authorization-header]",
                    redact(detector, "authorization: Bearer " + token));
            assertEquals("('Authorization', 'Token [REDACTED authorization-header]')",
                    redact(detector, "('Authorization', 'Token " + token + "')"));
        }

        @Test
        void findsBasicCredentialsByDecodingThem() {
            String basic = Base64.getEncoder().encodeToString("analyst:s3cret".getBytes(StandardCharsets.US_ASCII));

            assertEquals("curl -H 'Authorization: Basic [REDACTED authorization-header]'",
                    redact(detector, "curl -H 'Authorization: Basic " + basic + "'"));
            assertEquals("sent Basic [REDACTED authorization-header] to the proxy",
                    redact(detector, "sent Basic " + basic + " to the proxy"));
        }

        @Test
        void findsTheKeyWhenPprintPutsSchemeAndKeyIntoSeparateLiterals() {
            String pprinted = "{'Authorization': ('AppKey '\n                   '" + key + "')}";
            String listed = "['AppKey ', '" + key + "']";

            assertEquals("{'Authorization': ('AppKey '\n                   '[REDACTED authorization-header]')}",
                    redact(detector, pprinted));
            assertEquals("['AppKey ', '[REDACTED authorization-header]']", redact(detector, listed));
        }

        @Test
        void findsTheKeyBetweenAnsiColourCodes() {
            String coloured = ESC + "[0;31mAuthorization" + ESC + "[0m: " + ESC + "[1mAppKey" + ESC + "[0m " + key;

            assertEquals(ESC + "[0;31mAuthorization" + ESC + "[0m: " + ESC + "[1mAppKey" + ESC
                    + "[0m [REDACTED authorization-header]", redact(detector, coloured));
        }

        @Test
        void leavesTemplatesAndProseAlone() {
            for (String text : List.of("Authorization: Bearer {token}", "f\"AppKey {api_token}\"",
                    "AppKey $CELONIS_API_TOKEN", "Bearer tokens are short-lived", "Basic Introduction to Python",
                    "Authorization: Bearer <your token>", "the Authorization header")) {
                assertEquals(text, redact(detector, text));
            }
        }
    }

    @Nested
    class Assignments {
        private final SecretDetector detector = new SecretAssignmentDetector();
        private final String token = TestKeys.alphanumeric(random, 24);

        @Test
        void findsTokensAssignedInCodeAndConfiguration() {
            assertEquals("token = \"[REDACTED secret-assignment]\"", redact(detector, "token = \"" + token + "\""));
            assertEquals("CELONIS_API_TOKEN=[REDACTED secret-assignment]",
                    redact(detector, "CELONIS_API_TOKEN=" + token));
            assertEquals("%env CELONIS_API_TOKEN=[REDACTED secret-assignment]",
                    redact(detector, "%env CELONIS_API_TOKEN=" + token));
            assertEquals("apiToken: [REDACTED secret-assignment]", redact(detector, "apiToken: " + token));
            assertEquals("os.environ[\"CELONIS_API_TOKEN\"] = '[REDACTED secret-assignment]'",
                    redact(detector, "os.environ[\"CELONIS_API_TOKEN\"] = '" + token + "'"));
            assertEquals("login(url, api_token=\"[REDACTED secret-assignment]\")",
                    redact(detector, "login(url, api_token=\"" + token + "\")"));
            assertEquals("os.environ.setdefault(\"CELONIS_API_TOKEN\", \"[REDACTED secret-assignment]\")",
                    redact(detector, "os.environ.setdefault(\"CELONIS_API_TOKEN\", \"" + token + "\")"));
            assertEquals("client_secret := `[REDACTED secret-assignment]`",
                    redact(detector, "client_secret := `" + token + "`"));
        }

        /**
         * Python reads identifiers in Unicode's compatibility form, so a long s, the Kelvin sign or full-width letters
         * spell the same variable as ASCII; names glued to other letters beyond ASCII are read whole.
         */
        @Test
        void findsNamesSpelledWithCompatibleLetters() {
            assertEquals("pa\u017fsword = \"[REDACTED secret-assignment]\"",
                    redact(detector, "pa\u017fsword = \"" + token + "\""));
            assertEquals("api_to\u212Aen: [REDACTED secret-assignment]", redact(detector, "api_to\u212Aen: " + token));
            assertEquals("\uff50\uff41\uff53\uff53\uff57\uff4f\uff52\uff44 = '[REDACTED secret-assignment]'",
                    redact(detector, "\uff50\uff41\uff53\uff53\uff57\uff4f\uff52\uff44 = '" + token + "'"));
            assertEquals("gr\u00f6\u00dfe_password = '[REDACTED secret-assignment]'",
                    redact(detector, "gr\u00f6\u00dfe_password = '" + token + "'"));
            assertEquals("Stra\u00dfe: " + token, redact(detector, "Stra\u00dfe: " + token));
            // Full-width low line: Python reads these as API_KEY and pass_.
            assertEquals("\uff21\uff30\uff29\uff3f\uff2b\uff25\uff39 = \"[REDACTED secret-assignment]\"",
                    redact(detector, "\uff21\uff30\uff29\uff3f\uff2b\uff25\uff39 = \"" + token + "\""));
            assertEquals("\uff50\uff41\uff53\uff53\uff3f = \"[REDACTED secret-assignment]\"",
                    redact(detector, "\uff50\uff41\uff53\uff53\uff3f = \"" + token + "\""));
        }

        /** Other letters beyond ASCII end a name as a blank does, however many there are before it. */
        @Test
        void findsNamesGluedToOtherLetters() {
            for (String before : List.of("\u3042".repeat(57), "\u8a2d\u5b9a", "\u00c4", "\u00df", "\u00e9",
                    "Stra\u00df".repeat(20))) {
                assertEquals(before + "pass = \"[REDACTED secret-assignment]\"",
                        redact(detector, before + "pass = \"" + token + "\""), before);
                assertEquals(before + "password: [REDACTED secret-assignment]",
                        redact(detector, before + "password: " + token), before);
            }
        }

        /** An escape code between a name and its operator may end in a digit or be an '=' itself (ESC 7, ESC =). */
        @Test
        void findsAssignmentsWhoseNameEndsInAnEscapeCodeOfTwoCharacters() {
            for (String code : List.of(ESC + "7", ESC + "8", ESC + ")0", ESC + "#8", ESC + "=")) {
                assertEquals("password" + code + "=[REDACTED secret-assignment]",
                        redact(detector, "password" + code + "=" + token), code.replace(ESC, "ESC"));
                assertEquals("DB_PASSWORD" + code + ": [REDACTED secret-assignment]",
                        redact(detector, "DB_PASSWORD" + code + ": " + token), code.replace(ESC, "ESC"));
            }
        }

        /** Mathematical letters, beyond the Basic Multilingual Plane, spell names for Python as ASCII does. */
        @Test
        void findsNamesInMathematicalLetters() {
            String bold = "\uD835\uDC29\uD835\uDC1A\uD835\uDC2C\uD835\uDC2C\uD835\uDC30\uD835\uDC28\uD835\uDC2B"
                    + "\uD835\uDC1D";
            assertEquals(bold + " = \"[REDACTED secret-assignment]\"", redact(detector, bold + " = \"" + token + "\""));
            assertEquals("pass" + bold.substring(8, 10) + "ord: [REDACTED secret-assignment]",
                    redact(detector, "pass" + bold.substring(8, 10) + "ord: " + token));
        }

        /** The last letter of an escape code glued to a name is not part of it: ESC[1mpass is pass. */
        @Test
        void findsNamesRightAfterAnEscapeCode() {
            for (String code : List.of(ESC + "[1m", ESC + "(B", ESC + "[32m", "\u009b1m")) {
                assertEquals(code + "pass" + ESC + "[0m = \"[REDACTED secret-assignment]\"",
                        redact(detector, code + "pass" + ESC + "[0m = \"" + token + "\""), code.replace(ESC, "ESC"));
                assertEquals(code + "pass: [REDACTED secret-assignment]",
                        redact(detector, code + "pass: " + token), code.replace(ESC, "ESC"));
            }
            assertEquals("\u540d\u524d: " + token, redact(detector, "\u540d\u524d: " + token));
        }

        /** A trailing underscore is how Python code names a variable after a keyword, as in pass_. */
        @Test
        void findsValuesOfNamesThatEndInASeparator() {
            assertEquals("pass_ = \"[REDACTED secret-assignment]\"", redact(detector, "pass_ = \"" + token + "\""));
            assertEquals("db_password_: [REDACTED secret-assignment]", redact(detector, "db_password_: " + token));
            assertEquals("API_TOKEN_=[REDACTED secret-assignment]", redact(detector, "API_TOKEN_=" + token));
            assertEquals("loss_: " + token, redact(detector, "loss_: " + token));
        }

        /** A bare word after a secret name may be the next assignment's name; its value must be found too. */
        @Test
        void findsTheAssignmentThatABareValueNames() {
            assertEquals("pass_=[REDACTED secret-assignment]\"[REDACTED secret-assignment]\"",
                    redact(detector, "pass_=x1_password=\"" + token + "\""));
            assertEquals("token_ = [REDACTED secret-assignment]\"[REDACTED secret-assignment]\"",
                    redact(detector, "token_ = x1+password=\"" + token + "\""));
        }

        @Test
        void findsShortPasswordsInAssignmentsAndDicts() {
            assertEquals("my_password = \"[REDACTED secret-assignment]\"", redact(detector, "my_password = \"bar\""));
            assertEquals("{'password': '[REDACTED secret-assignment]'}", redact(detector, "{'password': 'bar'}"));
            assertEquals("db_pass='[REDACTED secret-assignment]'", redact(detector, "db_pass='hunter2'"));
        }

        @Test
        void findsAnUnquotedPasswordOfDigitsOnlyButNotAnUnquotedWordThatMayBeAVariable() {
            assertEquals("password=[REDACTED secret-assignment]", redact(detector, "password=583920174466"));
            assertEquals("password = user_input", redact(detector, "password = user_input"));
            assertEquals("password = 1234567", redact(detector, "password = 1234567"));
        }

        @Test
        void findsAssignmentsWrittenWithEscapedQuotesOrBetweenAnsiCodes() {
            assertEquals("body = \"{\\\"password\\\": \\\"[REDACTED secret-assignment]\\\"}\"",
                    redact(detector, "body = \"{\\\"password\\\": \\\"bar\\\"}\""));
            String traceback = ESC + "[0;32mpassword" + ESC + "[0m " + ESC + "[38;5;241m=" + ESC + "[39m "
                    + ESC + "[38;5;124m\"bar\"" + ESC + "[39m";
            assertEquals(ESC + "[0;32mpassword" + ESC + "[0m " + ESC + "[38;5;241m=" + ESC + "[39m " + ESC
                    + "[38;5;124m\"[REDACTED secret-assignment]\"" + ESC + "[39m", redact(detector, traceback));
        }

        @Test
        void leavesCodeStandInsAndOrdinaryNamesAlone() {
            for (String text : List.of(
                    "password = getpass.getpass(\"Password: \")",
                    "password = input(\"Password: \"); user = \"alice\"",
                    "api_token = 'your_api_token'",
                    "api_token = os.environ[\"CELONIS_API_TOKEN\"]",
                    "token = tokens[0]",
                    "eos_token = \"</s>\"",
                    "if password == \"x\":",
                    "secret = None",
                    "password: str",
                    "for token in tokens:",
                    "print(\"Your password: \" + pw)",
                    "password = f\"{prefix}-{suffix}\"",
                    "password=\"\"",
                    "token = \"two words here\"",
                    "bypass = \"abcdefgh\"",
                    "api_key = \"sk-or-v1-VOTRE_CLE\"",
                    "api_token = \"CELONIS_API_TOKEN\"",
                    "secret_key = 'INSERT_KEY_HERE'",
                    "next_page_token = \"" + token + "\"")) {
                assertEquals(text, redact(detector, text));
            }
        }
    }

    @Test
    void readsAssignmentsAcrossAnyEscapeCode() {
        String password = TestKeys.alphanumeric(random, 12);
        String text = "password" + ESC + "(B" + ESC + "[m = " + ESC + "[?25l\"" + password + "\"";
        assertEquals("password" + ESC + "(B" + ESC + "[m = " + ESC + "[?25l\"[REDACTED secret-assignment]\"",
                redact(new SecretAssignmentDetector(), text));
    }

    /** A scheme's token after a one-character CSI, a window title or a terminal hyperlink (OSC 8). */
    @Test
    void findsAuthorizationTokensAndValuesAfterStringCodes() {
        String token = TestKeys.alphanumeric(random, 40);
        String password = TestKeys.alphanumeric(random, 12);
        String linkOpen = ESC + "]8;;https://example.org/a?b=c" + ESC + "\\";
        String linkClose = ESC + "]8;;" + ESC + "\\";
        AuthorizationHeaderDetector headers = new AuthorizationHeaderDetector();
        for (String code : List.of("\u009b31m", ESC + "]0;title\u0007", linkOpen)) {
            assertEquals("Authorization: Bearer " + code + "[REDACTED authorization-header]",
                    redact(headers, "Authorization: Bearer " + code + token), code.replace(ESC, "ESC"));
        }
        assertEquals("Bearer " + linkOpen + "[REDACTED authorization-header]" + linkClose,
                redact(headers, "Bearer " + linkOpen + token + linkClose));
        assertEquals("password = " + linkOpen + "[REDACTED secret-assignment]" + linkClose,
                redact(new SecretAssignmentDetector(), "password = " + linkOpen + password + linkClose));
    }

    @Nested
    class ProviderFormats {
        @Test
        void findsPrivateKeyBlocksWithOrWithoutTheirEndLine() {
            String body = Base64.getEncoder().encodeToString(new byte[96]);
            String block = "-----BEGIN RSA PRIVATE KEY-----\n" + body + "\n-----END RSA PRIVATE KEY-----";

            assertEquals("key:\n[REDACTED private-key]\nrest",
                    redact(new PrivateKeyBlockDetector(), "key:\n" + block + "\nrest"));
            assertEquals("'[REDACTED private-key]'", redact(new PrivateKeyBlockDetector(),
                    "'-----BEGIN OPENSSH PRIVATE KEY-----\\n" + body + "\\n'"));
        }

        /** RFC 4716 (SSH2) key files, with their header lines, and a PEM block with another END line inside. */
        @Test
        void findsSsh2PrivateKeyBlocks() {
            String body = Base64.getEncoder().encodeToString(new byte[96]);
            String ssh2 = "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: \"rsa-key-20240101\"\n" + body
                    + "\n---- END SSH2 ENCRYPTED PRIVATE KEY ----";
            assertEquals("key:\n[REDACTED private-key]\nrest",
                    redact(new PrivateKeyBlockDetector(), "key:\n" + ssh2 + "\nrest"));
            String pem = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END CERTIFICATE-----\n" + body
                    + "\n-----END PRIVATE KEY-----";
            assertEquals("[REDACTED private-key]\nrest", redact(new PrivateKeyBlockDetector(), pem + "\nrest"));
        }

        @Test
        void findsAwsAccessKeyIdsButNotTheDocumentationExample() {
            String id = "AKIA" + base32(16);
            String temporary = "ASIA" + base32(16);
            String example = "AKIAIOSF" + "ODNN7EXAMPLE";

            assertEquals("id=[REDACTED aws-access-key-id] tmp=[REDACTED aws-access-key-id]",
                    redact(new AwsAccessKeyIdDetector(), "id=" + id + " tmp=" + temporary));
            assertEquals(example, redact(new AwsAccessKeyIdDetector(), example));
            assertEquals("X" + id, redact(new AwsAccessKeyIdDetector(), "X" + id));
        }

        @Test
        void findsGitHubTokens() {
            String classic = "ghp" + "_" + TestKeys.alphanumeric(random, 36);
            String fineGrained = "github" + "_pat_" + TestKeys.alphanumeric(random, 22) + "_"
                    + TestKeys.alphanumeric(random, 59);

            assertEquals("[REDACTED github-token] [REDACTED github-token]",
                    redact(new GitHubTokenDetector(), classic + " " + fineGrained));
            assertEquals("ghp_version", redact(new GitHubTokenDetector(), "ghp_version"));
        }

        @Test
        void findsOpenAiKeysButNotStandIns() {
            String project = "sk-" + "proj-" + "Ab1" + TestKeys.alphanumeric(random, 45);

            assertEquals("OpenAI(api_key=\"[REDACTED openai-key]\")",
                    redact(new OpenAiKeyDetector(), "OpenAI(api_key=\"" + project + "\")"));
            assertEquals("sk-or-v1-VOTRE_CLE", redact(new OpenAiKeyDetector(), "sk-or-v1-VOTRE_CLE"));
            assertEquals("pip install scikit-learn sk-learn",
                    redact(new OpenAiKeyDetector(), "pip install scikit-learn sk-learn"));
        }

        @Test
        void findsTokensPrintedInColour() {
            String github = "gh" + "p_" + TestKeys.alphanumeric(random, 36);
            String aws = "AKIA" + base32(16);

            assertEquals(ESC + "[32m[REDACTED github-token]" + ESC + "[0m",
                    redact(new GitHubTokenDetector(), ESC + "[32m" + github + ESC + "[0m"));
            assertEquals(ESC + "[1;31m[REDACTED aws-access-key-id]" + ESC + "[0m",
                    redact(new AwsAccessKeyIdDetector(), ESC + "[1;31m" + aws + ESC + "[0m"));
            assertEquals("xm" + github, redact(new GitHubTokenDetector(), "xm" + github));
        }

        /**
         * Terminal programs print more than colours right before a token: {@code tput sgr0} ends in a character set
         * designation ({@code ESC ( B}), progress bars show and hide the cursor ({@code ESC[?25h}), some print the
         * one-character CSI or save the cursor ({@code ESC 7}). The code's last letter does not continue the token.
         */
        @Test
        void findsTokensRightAfterAnyEscapeCode() {
            String github = TestKeys.gitHubToken(random);
            String aws = TestKeys.awsAccessKeyId(random);
            for (String code : List.of(ESC + "(B" + ESC + "[m", ESC + "[?25h", ESC + "[?25l", "\u009b1;32m",
                    ESC + "7", ESC + "[1 q", ESC + ")0")) {
                assertEquals(code + "[REDACTED github-token]", redact(new GitHubTokenDetector(), code + github),
                        code.replace(ESC, "ESC"));
                assertEquals(code + "[REDACTED aws-access-key-id]", redact(new AwsAccessKeyIdDetector(), code + aws),
                        code.replace(ESC, "ESC"));
            }
            // Letters that only look like the end of a code still continue the token.
            assertEquals("[?25h" + github, redact(new GitHubTokenDetector(), "[?25h" + github));
            assertEquals(ESC + "]8;;x" + github, redact(new GitHubTokenDetector(), ESC + "]8;;x" + github));
        }

        @Test
        void findsSlackTokensAndWebhookPaths() {
            String bot = "xox" + "b-" + "1234567890-" + TestKeys.alphanumeric(random, 24);
            String webhook = "https://hooks.slack.com/services/T" + base32(8) + "/B" + base32(8) + "/"
                    + TestKeys.alphanumeric(random, 24);

            assertEquals("[REDACTED slack-token]", redact(new SlackTokenDetector(), bot));
            assertEquals("https://hooks.slack.com/[REDACTED slack-webhook]", redact(new SlackTokenDetector(), webhook));
        }

        @Test
        void findsJsonWebTokens() {
            String jwt = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
                    + base64Url("{\"sub\":\"analyst\",\"exp\":1893456000}") + "." + TestKeys.alphanumeric(random, 43);

            assertEquals("token: [REDACTED jwt].", redact(new JwtDetector(), "token: " + jwt + "."));
            assertEquals("eyJhbGciOi", redact(new JwtDetector(), "eyJhbGciOi"));
        }

        @Test
        void findsPasswordsInConnectionUrls() {
            String password = TestKeys.alphanumeric(random, 12);

            assertEquals("postgresql://analyst:[REDACTED url-credentials]@db:5432/sales",
                    redact(new UrlCredentialsDetector(), "postgresql://analyst:" + password + "@db:5432/sales"));
            for (String text : List.of("https://user:password@example.org", "https://example.org:8080/x",
                    "mysql://root:${DB_PASSWORD}@db/x", "git@github.com:org/repo.git")) {
                assertEquals(text, redact(new UrlCredentialsDetector(), text));
            }
        }
    }
}
