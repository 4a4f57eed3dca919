package io.github.celonisnb.emulator.internal.http;

import java.time.Duration;
import java.util.Objects;

/** How an answer reaches the client: sent (perhaps after a delay), or not at all because the connection is dropped. */
public sealed interface Delivery {

    /** The status the client will see; 0 when it sees none. */
    int status();

    /** Sends the answer after the delay. */
    record Send(Response response, Duration delay) implements Delivery {
        public Send {
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(delay, "delay");
        }

        /** The answer at once. */
        public static Send now(Response response) {
            return new Send(response, Duration.ZERO);
        }

        @Override
        public int status() {
            return response.status();
        }
    }

    /** Closes the connection without a byte of answer. */
    record Drop() implements Delivery {
        @Override
        public int status() {
            return 0;
        }
    }
}
