package io.github.celonisnb.magics.ems;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor (it sees every hop, redirects included) that records a connection in the call's
 * {@link CallTrace} and removes the Authorization header from any request that is not for the team's own
 * scheme, host and port, so that the key never follows a redirect elsewhere.
 */
final class OriginGuard implements Interceptor {

    private final EmsUrl team;

    OriginGuard(EmsUrl team) {
        this.team = team;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        CallTrace trace = request.tag(CallTrace.class);
        if (trace != null) {
            trace.markConnected();
        }
        if (!team.isSameOrigin(request.url()) && request.header("Authorization") != null) {
            request = request.newBuilder().removeHeader("Authorization").build();
        }
        return chain.proceed(request);
    }
}
