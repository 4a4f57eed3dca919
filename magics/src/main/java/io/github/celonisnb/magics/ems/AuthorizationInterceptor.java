package io.github.celonisnb.magics.ems;

import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Adds {@code Authorization: <prefix> <key>}, the user agent and {@code Accept} to every request.
 *
 * <p>An application interceptor, so it runs once per call, before redirects: OkHttp drops the header when a
 * redirect leaves the host, and {@link OriginGuard} makes sure of it.
 */
final class AuthorizationInterceptor implements Interceptor {

    private final KeyType keyType;
    private final ApiKey key;
    private final String userAgent;

    AuthorizationInterceptor(KeyType keyType, ApiKey key, String userAgent) {
        this.keyType = keyType;
        this.key = key;
        this.userAgent = userAgent;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        return chain.proceed(chain.request().newBuilder()
                .header("Authorization", keyType.authorizationPrefix() + " " + key.reveal())
                .header("User-Agent", userAgent)
                .header("Accept", "application/json")
                .build());
    }
}
