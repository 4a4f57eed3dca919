package io.github.celonisnb.magics.magic;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Log lines in the PyCelonis form: {@code [2022-05-21 01:42:09] INFO: message}. Notebook users know
 * this format, and existing notebooks grep for it.
 */
final class LoginLog {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;
    private final MagicOutput out;

    LoginLog(Clock clock, MagicOutput out) {
        this.clock = clock;
        this.out = out;
    }

    void info(String message) {
        out.info(line("INFO", message));
    }

    void warning(String message) {
        out.warning(line("WARNING", message));
    }

    private String line(String level, String message) {
        return "[" + LocalDateTime.now(clock).format(STAMP) + "] " + level + ": " + message;
    }
}
