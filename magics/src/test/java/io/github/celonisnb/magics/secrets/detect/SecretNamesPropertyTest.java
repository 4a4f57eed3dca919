package io.github.celonisnb.magics.secrets.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Name classification compares endings on the text itself and rejects most names by their last three letters; both
 * must give what the plain rule gives: leave out separators at the end, lower-case the name after its last '.', drop
 * '_' and '-', compare endings.
 */
class SecretNamesPropertyTest {

    private static final List<String> PASSWORD_ENDINGS = List.of("password", "passwd", "passphrase", "pwd");
    private static final List<String> TOKEN_ENDINGS = List.of("token", "secret", "apikey", "appkey", "accesskey",
            "secretkey", "privatekey", "authkey", "masterkey", "signingkey", "encryptionkey", "sessionkey", "clientkey");
    private static final Set<String> VOCABULARY = Set.of("eostoken", "bostoken", "padtoken", "unktoken", "septoken",
            "clstoken", "masktoken", "starttoken", "endtoken", "nexttoken", "nextpagetoken", "pagetoken",
            "continuationtoken", "prevtoken", "previoustoken", "lasttoken", "firsttoken", "newtoken");

    /** Pieces of secret and ordinary names, in either case, with separators, dots and letters that fold to ASCII. */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> piece = Arbitraries.of("pass", "PASS", "word", "Wd", "w", "d", "pwd", "phrase", "tok", "en",
                "TOKEN", "secret", "SeCrEt", "api", "key", "KEY", "k\u212Aey", "to\u212Aen", "app", "access", "client",
                "session", "eos", "next", "page", "loss", "val", "status", "by", "com", "ord", "ase", "ass", "ret", "_",
                "-", ".", "__", "x", "\u0130", "\u00e9");
        return piece.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts));
    }

    @Property(tries = 5000)
    void classifyingGivesWhatThePlainRuleGives(@ForAll("names") String name) {
        assertEquals(plainRule(name), SecretNames.classify(name), name);
    }

    @Property(tries = 5000)
    void everySecretNamePassesTheThreeLetterTest(@ForAll("names") String name) {
        if (plainRule(name) != SecretNames.NameClass.NONE) {
            assertTrue(SecretNames.mayEndNameAt(name, name.length()), name);
        }
    }

    /** The rule as SecretNames documents it, with a normalized copy of the name. */
    private static SecretNames.NameClass plainRule(String written) {
        if (written.isEmpty() || written.length() > SecretNames.MAX_NAME) {
            return SecretNames.NameClass.NONE;
        }
        String name = written.replaceAll("[_-]+$", "");
        int segmentStart = name.lastIndexOf('.') + 1;
        StringBuilder normal = new StringBuilder();
        for (char c : name.substring(segmentStart).toCharArray()) {
            if (c != '_' && c != '-') {
                normal.append(Character.toLowerCase(c));
            }
        }
        String normalized = normal.toString();
        if (VOCABULARY.contains(normalized)) {
            return SecretNames.NameClass.NONE;
        }
        if (PASSWORD_ENDINGS.stream().anyMatch(normalized::endsWith)) {
            return SecretNames.NameClass.PASSWORD;
        }
        if (normalized.endsWith("pass")) {
            int before = name.length() - 5;
            if (name.length() - segmentStart == 4
                    || (before >= segmentStart && (name.charAt(before) == '_' || name.charAt(before) == '-'))) {
                return SecretNames.NameClass.PASSWORD;
            }
        }
        return TOKEN_ENDINGS.stream().anyMatch(normalized::endsWith) ? SecretNames.NameClass.TOKEN
                : SecretNames.NameClass.NONE;
    }
}
