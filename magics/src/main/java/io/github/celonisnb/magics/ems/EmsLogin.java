package io.github.celonisnb.magics.ems;

import io.github.celonisnb.magics.credentials.Credentials;
import io.github.celonisnb.magics.secrets.KeyType;
import java.util.List;
import java.util.Optional;

/**
 * The login sequence of PyCelonis 2.x against one team.
 *
 * <ol>
 *   <li>The URL is normalised ({@link EmsUrl#parse(String)}).</li>
 *   <li>When the key type is known: {@code GET /api/cloud} with it. When it is not: {@code GET /api/cloud} as
 *       an application key, and on 401 or 403 again as a user key; the type that works is the result, and the
 *       caller should warn as {@link LoginResult#keyTypeWarning()} says. The answer of the working attempt is
 *       the who-am-I; it is not asked again.</li>
 *   <li>{@code GET /api/cloud/permissions}; a failure here fails the login.</li>
 *   <li>{@code GET /api/team}; a failure here does not, the team is then empty.</li>
 * </ol>
 *
 * <p>Unlike PyCelonis 2.x, which logs a rejected who-am-I and carries on to fail at the permissions call, a
 * rejected key fails the login at its first call.
 *
 * <p>Every call blocks. On failure every client made is closed and the {@link EmsException} is thrown; on
 * success the result's client stays open for the caller.
 */
public final class EmsLogin {

    private EmsLogin() {
    }

    /** Logs in with the default options. */
    public static LoginResult login(Credentials credentials) {
        return login(credentials, LoginOptions.defaults());
    }

    /**
     * Logs in.
     *
     * @throws InvalidEmsUrlException when the credentials' URL is not usable; the message says where it came from
     * @throws KeyRejectedException when EMS does not know the key (as any type tried)
     * @throws PermissionDeniedException when the key lacks the permission to read itself or its permissions
     * @throws EmsException for any other failure of the who-am-I or permissions call
     */
    public static LoginResult login(Credentials credentials, LoginOptions options) {
        EmsUrl url;
        try {
            url = EmsUrl.parse(credentials.url());
        } catch (InvalidEmsUrlException e) {
            throw new InvalidEmsUrlException(e, credentials.origin().url().describe());
        }
        Identified identified = credentials.keyType() != null
                ? identify(url, credentials, options, credentials.keyType())
                : detect(url, credentials, options);
        EmsClient client = identified.client();
        try {
            List<ServicePermissions> permissions = client.permissions();
            Optional<Team> team = team(client);
            return new LoginResult(client.keyType(), credentials.keyType() == null, identified.user(), permissions,
                    team, client);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** A client whose key type works, and the who-am-I it got. */
    private record Identified(EmsClient client, CloudUser user) {
    }

    private static Identified identify(EmsUrl url, Credentials credentials, LoginOptions options, KeyType type) {
        EmsClient client = options.applyTo(EmsClient.builder(url, credentials.key(), type)).build();
        try {
            return new Identified(client, client.whoami());
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private static Identified detect(EmsUrl url, Credentials credentials, LoginOptions options) {
        EmsHttpException asAppKey;
        try {
            return identify(url, credentials, options, KeyType.APP_KEY);
        } catch (KeyRejectedException | PermissionDeniedException e) {
            asAppKey = e;
        }
        try {
            return identify(url, credentials, options, KeyType.USER_KEY);
        } catch (KeyRejectedException asUserKey) {
            if (asAppKey instanceof PermissionDeniedException) {
                throw asAppKey;
            }
            throw new KeyRejectedException(asUserKey.method(), asUserKey.url(),
                    List.of(KeyType.APP_KEY, KeyType.USER_KEY));
        }
    }

    private static Optional<Team> team(EmsClient client) {
        try {
            return Optional.of(client.team());
        } catch (EmsException e) {
            return Optional.empty();
        }
    }
}
