/**
 * An EMS emulator for tests and demos: a real HTTP server on 127.0.0.1 that answers the EMS paths
 * a notebook login uses, with keys of the real shape kept only as hashes.
 *
 * <p>Start one with {@link io.github.celonisnb.emulator.EmsEmulator#start}; make keys with
 * {@link io.github.celonisnb.emulator.EmsEmulator#createApplicationKey} and
 * {@link io.github.celonisnb.emulator.EmsEmulator#createUserKey}; read what was sent with
 * {@link io.github.celonisnb.emulator.EmsEmulator#recordedRequests}. Everything else in this module
 * lives in {@code internal} and {@code cli} and is not meant to be called from outside.
 */
package io.github.celonisnb.emulator;
