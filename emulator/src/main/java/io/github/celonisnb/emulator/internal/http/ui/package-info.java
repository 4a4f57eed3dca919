/**
 * The emulator's Admin &amp; Settings web page under {@code /emulator/ui}: server-rendered HTML over the
 * same state the EMS endpoints read, behind a one-time login link, a session cookie and CSRF tokens.
 */
package io.github.celonisnb.emulator.internal.http.ui;
