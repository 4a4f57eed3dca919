package io.github.celonisnb.emulator.cli;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.KeyInfo;
import io.github.celonisnb.emulator.KeyKind;
import java.util.List;

/** Where the key commands make their changes: a running emulator, or a state file directly. */
interface KeyStoreClient extends AutoCloseable {

    /** Makes a key; the result holds its value, once. */
    IssuedKey create(KeyKind kind, String name, String email, boolean admin, List<Grant> grants);

    /** Every key, without values. */
    List<KeyInfo> list();

    /** Deletes a key; fails with {@link ExitCodes#NOT_FOUND} when there is none with this id. */
    void delete(String keyId);

    /** Adds grants to a key and returns what it holds now; {@link ExitCodes#NOT_FOUND} when there is no such key. */
    KeyInfo grant(String keyId, List<Grant> grants);

    /** Takes grants away from a key and returns what it holds now. */
    KeyInfo revoke(String keyId, List<Grant> grants);

    @Override
    void close();
}
