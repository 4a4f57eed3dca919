package io.github.celonisnb.emulator.internal.http.admin;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.KeyInfo;
import io.github.celonisnb.emulator.KeyKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The JSON bodies of the admin surface, shared by the server and the command line's client. */
public final class AdminJson {

    /** The notice EMS shows with a new key, and the emulator with it. */
    public static final String SHOWN_ONCE_NOTICE =
            "This is the only time the key is shown. Copy it now: it cannot be shown again.";

    private AdminJson() {
    }

    /** {@code POST /emulator/api/keys}. */
    public record CreateKeyRequest(String type, String name, String email, Boolean admin, List<String> grants) {
    }

    /** The answer to a key creation: the only answer that holds a key. */
    public record CreatedKey(String id, String name, String type, String principalId, String key, String notice) {

        static CreatedKey of(IssuedKey issued) {
            return new CreatedKey(issued.id(), issued.name(), issued.type().shortName(), issued.principalId(),
                    issued.value(), SHOWN_ONCE_NOTICE);
        }

        /** Back to the Java type. */
        public IssuedKey toIssuedKey() {
            return new IssuedKey(id, name, kindOf(type), principalId, key);
        }

        @Override
        public String toString() {
            return "CreatedKey[id=" + id + ", name=" + name + ", type=" + type + "]";
        }
    }

    /** A key as listed, without its value. */
    public record KeyView(String id, String name, String type, String principalId, String email, boolean admin,
                          List<String> grants, String createdAt) {

        static KeyView of(KeyInfo info) {
            return new KeyView(info.id(), info.name(), info.type().shortName(), info.principalId(),
                    info.email().orElse(null), info.admin(), info.grants().stream().map(Grant::toString).toList(),
                    info.createdAt().toString());
        }

        /** Back to the Java type. */
        public KeyInfo toKeyInfo() {
            return new KeyInfo(id, name, kindOf(type), principalId, Optional.ofNullable(email), admin,
                    grants == null ? List.of() : grants.stream().map(Grant::parse).toList(), Instant.parse(createdAt));
        }
    }

    /** {@code POST /emulator/api/keys/{id}/grant} and {@code .../revoke}. */
    public record GrantsRequest(List<String> grants) {
    }

    /** The answer to {@code POST /emulator/api/ui/login-link}: a new one-time link to the web page. */
    public record LoginLink(String url) {

        @Override
        public String toString() {
            // The link's fragment is a live sign-in token.
            return "LoginLink[…]";
        }
    }

    /** The body of every admin error. */
    public record ErrorBody(String error) {
    }

    /** The key kind for its short name, {@code app} or {@code user}, in any letter case. */
    public static KeyKind kindOf(String shortName) {
        if (shortName != null) {
            for (KeyKind kind : KeyKind.values()) {
                if (kind.shortName().equalsIgnoreCase(shortName.trim())) {
                    return kind;
                }
            }
        }
        throw new io.github.celonisnb.emulator.InvalidKeyRequestException("Unknown key type "
                + io.github.celonisnb.emulator.internal.SafeText.quote(shortName) + ": expected 'app' or 'user'.");
    }
}
