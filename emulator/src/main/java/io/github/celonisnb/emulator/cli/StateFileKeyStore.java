package io.github.celonisnb.emulator.cli;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.InvalidKeyRequestException;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.KeyInfo;
import io.github.celonisnb.emulator.KeyKind;
import io.github.celonisnb.emulator.StateFileException;
import io.github.celonisnb.emulator.UnknownKeyException;
import io.github.celonisnb.emulator.internal.auth.KeyGenerator;
import io.github.celonisnb.emulator.internal.state.StateFile;
import io.github.celonisnb.emulator.internal.state.StateFileLock;
import io.github.celonisnb.emulator.internal.state.Tenant;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Changes a state file directly while no emulator runs on it. The file's lock is held for the
 * whole command, so a running emulator (which holds it too) is detected instead of overwritten.
 */
final class StateFileKeyStore implements KeyStoreClient {

    private final StateFileLock lock;
    private final Tenant tenant;

    private StateFileKeyStore(StateFileLock lock, Tenant tenant) {
        this.lock = lock;
        this.tenant = tenant;
    }

    static StateFileKeyStore open(Path stateFile) {
        Path path = stateFile.toAbsolutePath().normalize();
        StateFileLock lock;
        try {
            lock = StateFileLock.tryAcquire(path).orElseThrow(() -> new CommandFailure(ExitCodes.IN_USE,
                    "State file " + path + " is in use by a running emulator. Change its keys through that emulator: "
                            + "use --url <its base URL> --admin-token-file <the token file it printed> instead of --state."));
        } catch (StateFileException e) {
            throw new CommandFailure(ExitCodes.FAILURE, e.getMessage(), e);
        }
        try {
            StateFile file = new StateFile(path);
            KeyGenerator generator = new KeyGenerator();
            Tenant tenant = new Tenant(file.load().orElseGet(() -> Tenant.newTeam(generator)), file, generator,
                    Clock.systemUTC());
            return new StateFileKeyStore(lock, tenant);
        } catch (StateFileException e) {
            lock.close();
            throw new CommandFailure(ExitCodes.FAILURE, e.getMessage(), e);
        }
    }

    @Override
    public IssuedKey create(KeyKind kind, String name, String email, boolean admin, List<Grant> grants) {
        try {
            return kind == KeyKind.APP
                    ? tenant.createApplicationKey(name, grants)
                    : tenant.createUserKey(name, email, admin, grants);
        } catch (InvalidKeyRequestException e) {
            throw new CommandFailure(ExitCodes.USAGE, e.getMessage(), e);
        } catch (StateFileException e) {
            throw new CommandFailure(ExitCodes.FAILURE, e.getMessage(), e);
        }
    }

    @Override
    public List<KeyInfo> list() {
        return tenant.keys();
    }

    @Override
    public void delete(String keyId) {
        try {
            tenant.deleteKey(keyId);
        } catch (UnknownKeyException e) {
            throw new CommandFailure(ExitCodes.NOT_FOUND, e.getMessage(), e);
        } catch (StateFileException e) {
            throw new CommandFailure(ExitCodes.FAILURE, e.getMessage(), e);
        }
    }

    @Override
    public KeyInfo grant(String keyId, List<Grant> grants) {
        return change(() -> tenant.grant(keyId, grants));
    }

    @Override
    public KeyInfo revoke(String keyId, List<Grant> grants) {
        return change(() -> tenant.revoke(keyId, grants));
    }

    private static KeyInfo change(java.util.function.Supplier<KeyInfo> change) {
        try {
            return change.get();
        } catch (UnknownKeyException e) {
            throw new CommandFailure(ExitCodes.NOT_FOUND, e.getMessage(), e);
        } catch (InvalidKeyRequestException e) {
            throw new CommandFailure(ExitCodes.USAGE, e.getMessage(), e);
        } catch (StateFileException e) {
            throw new CommandFailure(ExitCodes.FAILURE, e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        lock.close();
    }
}
