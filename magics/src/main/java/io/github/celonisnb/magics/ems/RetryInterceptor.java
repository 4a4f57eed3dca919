package io.github.celonisnb.magics.ems;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Repeats an idempotent request that got 429, 502, 503 or 504, at most {@code retries} times.
 *
 * <p>It waits as long as {@code Retry-After} says (seconds or an HTTP date), else {@code baseDelay} doubled on
 * each try, capped at {@code maxDelay}. When the server asks for a wait longer than {@code maxDelay}, it gives
 * up at once and returns that answer.
 */
final class RetryInterceptor implements Interceptor {

    static final Set<Integer> RETRIED_STATUSES = Set.of(429, 502, 503, 504);
    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

    private final int retries;
    private final Duration baseDelay;
    private final Duration maxDelay;
    private final Sleeper sleeper;
    private final Clock clock;

    RetryInterceptor(int retries, Duration baseDelay, Duration maxDelay, Sleeper sleeper, Clock clock) {
        this.retries = retries;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        if (!IDEMPOTENT.contains(request.method())) {
            return response;
        }
        for (int attempt = 1; attempt <= retries && RETRIED_STATUSES.contains(response.code()); attempt++) {
            Optional<Duration> delay = delayBefore(attempt, response.header("Retry-After"));
            if (delay.isEmpty()) {
                return response;
            }
            response.close();
            try {
                sleeper.sleep(delay.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to retry");
            }
            response = chain.proceed(request);
        }
        return response;
    }

    /** The wait before this attempt, or empty when the server asks for more than {@code maxDelay}. */
    Optional<Duration> delayBefore(int attempt, String retryAfter) {
        Optional<Duration> asked = parseRetryAfter(retryAfter);
        if (asked.isPresent()) {
            return asked.get().compareTo(maxDelay) > 0 ? Optional.empty() : asked;
        }
        Duration backoff = baseDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        return Optional.of(backoff.compareTo(maxDelay) > 0 ? maxDelay : backoff);
    }

    private Optional<Duration> parseRetryAfter(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        if (text.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
            } catch (NumberFormatException e) {
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1000));
            }
        }
        try {
            Instant when = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(clock.instant(), when);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
