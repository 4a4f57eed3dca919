/** The emulator's own admin surface under {@code /emulator/api}, guarded by the admin token. */
package io.github.celonisnb.emulator.internal.http.admin;
