package io.github.celonisnb.magics.ems;

import okhttp3.Call;
import okhttp3.EventListener;

/**
 * Marks in each call's {@link CallTrace} that a TLS handshake began: the TCP connection was made, so a timeout
 * from here until the connection is established means the server did not answer the TLS greeting. Stateless; one
 * instance serves every call.
 */
final class CallTraceListener extends EventListener {

    @Override
    public void secureConnectStart(Call call) {
        CallTrace trace = call.request().tag(CallTrace.class);
        if (trace != null) {
            trace.markHandshakeStarted();
        }
    }
}
