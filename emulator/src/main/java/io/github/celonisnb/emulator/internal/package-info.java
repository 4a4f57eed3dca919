/**
 * The emulator's implementation: HTTP routing and resources, authentication, state. Applications
 * should not need anything here; the public API is {@link io.github.celonisnb.emulator.EmsEmulator}.
 */
package io.github.celonisnb.emulator.internal;
