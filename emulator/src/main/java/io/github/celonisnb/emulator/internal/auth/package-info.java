/** Key generation in the EMS shape, key hashing, and reading Authorization headers as EMS does. */
package io.github.celonisnb.emulator.internal.auth;
