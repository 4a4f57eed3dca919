/**
 * Finding secrets in decoded text: known values in all their printed forms, and the shapes of keys whose value
 * we do not know.
 *
 * <p>{@link io.github.celonisnb.magics.secrets.detect.SecretScanner} is the entry point: build one from the
 * {@link io.github.celonisnb.magics.secrets.detect.KnownSecret}s in play, then {@code scan} or {@code redact} text.
 * The kernel's redactor and the notebook sanitizer both call it; neither needs the detectors directly.
 * Nothing in this package ever puts a secret into an exception message, a log line or a {@code toString()}.
 */
package io.github.celonisnb.magics.secrets.detect;
