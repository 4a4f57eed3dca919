/** The team's applications, users, keys and grants: immutable snapshots, the tenant that changes them, the state file. */
package io.github.celonisnb.emulator.internal.state;
