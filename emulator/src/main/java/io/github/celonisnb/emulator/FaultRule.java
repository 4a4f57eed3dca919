package io.github.celonisnb.emulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * When to apply a {@link Fault}: on one EMS path or on all of them, for the next {@code times}
 * matching requests or until removed. Build one with {@link #everywhere} or {@link #onPath} and the
 * {@code with...} methods.
 *
 * @param fault      what to do
 * @param path       the raw EMS path it applies to, without query (e.g. {@code /api/cloud}); empty for every EMS path
 * @param times      how many matching requests it applies to; empty for all of them until removed
 * @param delay      how long {@link Fault#SLOW_RESPONSE} waits before answering
 * @param retryAfter what {@link Fault#RATE_LIMITED} and {@link Fault#SERVICE_UNAVAILABLE} put in {@code Retry-After}
 */
public record FaultRule(Fault fault, Optional<String> path, OptionalInt times, Duration delay, Duration retryAfter) {

    /** The delay of a slow response unless another is given. */
    public static final Duration DEFAULT_DELAY = Duration.ofSeconds(2);

    /** The Retry-After value unless another is given. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    /** The longest delay accepted; a test that needs more is waiting for something else. */
    public static final Duration MAX_DELAY = Duration.ofMinutes(5);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException for a path that is not an EMS path, a count below 1, or a
     *                                  delay or Retry-After out of range
     */
    public FaultRule {
        Objects.requireNonNull(fault, "fault");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(times, "times");
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(retryAfter, "retryAfter");
        path.ifPresent(p -> {
            if (!p.startsWith("/") || p.contains("?")) {
                throw new IllegalArgumentException("A fault's path is a raw path without query, starting with '/', "
                        + "e.g. /api/cloud.");
            }
            if (p.equals("/emulator") || p.startsWith("/emulator/")) {
                throw new IllegalArgumentException("Faults apply to EMS paths only, not to the emulator's own /emulator/api.");
            }
        });
        if (times.isPresent() && times.getAsInt() < 1) {
            throw new IllegalArgumentException("A fault applies at least once: times must be 1 or more, not "
                    + times.getAsInt() + ".");
        }
        if (delay.isNegative() || delay.compareTo(MAX_DELAY) > 0) {
            throw new IllegalArgumentException("A slow response's delay must be between 0 and " + MAX_DELAY.toMinutes()
                    + " minutes, not " + delay.toMillis() + " ms.");
        }
        if (retryAfter.isNegative() || retryAfter.toSeconds() > 3600) {
            throw new IllegalArgumentException("Retry-After must be between 0 and 3600 seconds, not "
                    + retryAfter.toSeconds() + ".");
        }
    }

    /** The fault on every EMS path, until removed. */
    public static FaultRule everywhere(Fault fault) {
        return new FaultRule(fault, Optional.empty(), OptionalInt.empty(), DEFAULT_DELAY, DEFAULT_RETRY_AFTER);
    }

    /** The fault on one EMS path (raw, without query), until removed. */
    public static FaultRule onPath(String path, Fault fault) {
        return new FaultRule(fault, Optional.of(path), OptionalInt.empty(), DEFAULT_DELAY, DEFAULT_RETRY_AFTER);
    }

    /** The same rule for the next {@code count} matching requests only. */
    public FaultRule withTimes(int count) {
        return new FaultRule(fault, path, OptionalInt.of(count), delay, retryAfter);
    }

    /** The same rule with another delay for {@link Fault#SLOW_RESPONSE}. */
    public FaultRule withDelay(Duration newDelay) {
        return new FaultRule(fault, path, times, newDelay, retryAfter);
    }

    /** The same rule with another Retry-After, sent in whole seconds. */
    public FaultRule withRetryAfter(Duration newRetryAfter) {
        return new FaultRule(fault, path, times, delay, newRetryAfter);
    }

    /** Whether the rule applies to a request for this raw path. */
    public boolean appliesTo(String rawPath) {
        return path.map(rawPath::equals).orElse(true);
    }
}
