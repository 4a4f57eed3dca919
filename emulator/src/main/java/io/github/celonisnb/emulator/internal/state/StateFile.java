package io.github.celonisnb.emulator.internal.state;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.InvalidGrantException;
import io.github.celonisnb.emulator.KeyKind;
import io.github.celonisnb.emulator.StateFileException;
import io.github.celonisnb.emulator.internal.Json;
import io.github.celonisnb.emulator.internal.auth.KeyHash;
import io.github.celonisnb.emulator.internal.state.StateDocument.ApplicationDocument;
import io.github.celonisnb.emulator.internal.state.StateDocument.KeyDocument;
import io.github.celonisnb.emulator.internal.state.StateDocument.TeamDocument;
import io.github.celonisnb.emulator.internal.state.StateDocument.UserDocument;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON file that keeps keys (hashes only), applications, users and grants between runs. Writes
 * are atomic: a temporary file in the same folder is written, forced to disk, then renamed over the
 * old one, so a crash leaves either the old or the new state, never half of one.
 */
public final class StateFile implements StateStore {

    private final Path file;

    public StateFile(Path file) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }

    /** The file's path, absolute. */
    public Path path() {
        return file;
    }

    /**
     * Reads the file; empty when it does not exist yet or has no content.
     *
     * @throws StateFileException if it cannot be read or does not hold a valid state
     */
    public Optional<StateSnapshot> load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StateFileException(file, StateFileException.Problem.UNREADABLE, "Cannot read state file " + file
                    + ": " + e.getClass().getSimpleName() + ". Check that it is a readable file.", e);
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            return Optional.empty();
        }
        StateDocument document;
        try {
            document = Json.mapper().readValue(bytes, StateDocument.class);
        } catch (JsonProcessingException e) {
            throw invalid("is " + Json.describe(e));
        } catch (IOException e) {
            throw new StateFileException(file, StateFileException.Problem.UNREADABLE, "Cannot read state file " + file + ": "
                    + e.getClass().getSimpleName() + ".", e);
        }
        return Optional.of(toSnapshot(document));
    }

    /** Writes the snapshot atomically, readable by its owner only. */
    @Override
    public void save(StateSnapshot snapshot) {
        byte[] bytes;
        try {
            bytes = Json.pretty().writeValueAsBytes(toDocument(snapshot));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the state cannot be written as JSON", e);
        }
        Path folder = file.getParent();
        Path temp = null;
        try {
            temp = createOwnerOnlyTempFile(folder);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            moveIntoPlace(temp);
            temp = null;
            forceFolder(folder);
        } catch (NoSuchFileException e) {
            throw new StateFileException(file, StateFileException.Problem.UNWRITABLE, "Cannot write state file " + file
                    + ": its folder " + folder + " does not exist. Create the folder first.", e);
        } catch (IOException e) {
            throw new StateFileException(file, StateFileException.Problem.UNWRITABLE, "Cannot write state file " + file
                    + ": " + e.getClass().getSimpleName() + ". Check that its folder is writable.", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and holds no key; leaving it behind is harmless.
                }
            }
        }
    }

    private Path createOwnerOnlyTempFile(Path folder) throws IOException {
        String prefix = "." + file.getFileName() + ".";
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, prefix, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile(folder, prefix, ".tmp");
    }

    private void moveIntoPlace(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void forceFolder(Path folder) {
        // Makes the rename itself durable; not every platform can open a folder, and that is fine.
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // The file's content is already forced; only the rename's durability is best effort here.
        }
    }

    private StateDocument toDocument(StateSnapshot snapshot) {
        TeamInfo team = snapshot.team();
        List<ApplicationDocument> apps = new ArrayList<>();
        List<UserDocument> users = new ArrayList<>();
        for (Principal principal : snapshot.principals().values()) {
            List<String> grants = principal.grants().asGrants().stream().map(Grant::toString).toList();
            if (principal instanceof Application app) {
                apps.add(new ApplicationDocument(app.id(), app.name(), grants));
            } else if (principal instanceof User user) {
                users.add(new UserDocument(user.id(), user.name(), user.email(), user.admin(), grants));
            }
        }
        List<KeyDocument> keys = snapshot.keys().values().stream()
                .map(k -> new KeyDocument(k.id(), k.kind().shortName(), k.principalId(), k.hash().hex(),
                        k.createdAt().toString()))
                .toList();
        return new StateDocument(StateDocument.CURRENT_VERSION, new TeamDocument(team.id(), team.name(), team.domain()),
                apps, users, keys);
    }

    private StateSnapshot toSnapshot(StateDocument document) {
        if (document.version() != StateDocument.CURRENT_VERSION) {
            throw invalid("has version " + document.version() + ", but this emulator reads version "
                    + StateDocument.CURRENT_VERSION);
        }
        TeamDocument team = require(document.team(), "has no 'team'");
        TeamInfo teamInfo = new TeamInfo(require(team.id(), "has a team without 'id'"),
                Optional.ofNullable(team.name()).orElse(TeamInfo.DEFAULT_NAME),
                Optional.ofNullable(team.domain()).orElse(TeamInfo.DEFAULT_DOMAIN));
        Map<String, Principal> principals = new LinkedHashMap<>();
        for (ApplicationDocument app : listOf(document.applications())) {
            String id = require(app.id(), "has an application without 'id'");
            principals.put(id, new Application(id, require(app.name(), "has application " + id + " without 'name'"),
                    grants(app.grants(), "application " + id)));
        }
        for (UserDocument user : listOf(document.users())) {
            String id = require(user.id(), "has a user without 'id'");
            principals.put(id, new User(id, require(user.name(), "has user " + id + " without 'name'"),
                    require(user.email(), "has user " + id + " without 'email'"), user.admin(),
                    grants(user.grants(), "user " + id)));
        }
        Map<String, StoredKey> keys = new LinkedHashMap<>();
        for (KeyDocument key : listOf(document.keys())) {
            String id = require(key.id(), "has a key without 'id'");
            StoredKey stored = toKey(key, id);
            if (!principals.containsKey(stored.principalId())) {
                throw invalid("has key " + id + " whose owner " + stored.principalId()
                        + " is neither an application nor a user in it");
            }
            if (principals.get(stored.principalId()).keyKind() != stored.kind()) {
                throw invalid("has key " + id + " of type '" + stored.kind().shortName()
                        + "' owned by a principal of the other kind");
            }
            keys.put(id, stored);
        }
        return new StateSnapshot(teamInfo, principals, keys);
    }

    private StoredKey toKey(KeyDocument key, String id) {
        KeyKind kind = switch (Optional.ofNullable(key.type()).orElse("").toLowerCase(Locale.ROOT)) {
            case "app" -> KeyKind.APP;
            case "user" -> KeyKind.USER;
            default -> throw invalid("has key " + id + " with type " + quoted(key.type()) + ": expected 'app' or 'user'");
        };
        KeyHash hash;
        try {
            hash = KeyHash.fromHex(require(key.sha256(), "has key " + id + " without 'sha256'"));
        } catch (IllegalArgumentException e) {
            throw invalid("has key " + id + " whose 'sha256' is not a SHA-256 digest: " + e.getMessage());
        }
        Instant created;
        try {
            created = Instant.parse(require(key.createdAt(), "has key " + id + " without 'createdAt'"));
        } catch (DateTimeParseException e) {
            throw invalid("has key " + id + " whose 'createdAt' is not an ISO-8601 instant");
        }
        return new StoredKey(id, kind, require(key.owner(), "has key " + id + " without 'owner'"), hash, created);
    }

    private GrantSet grants(List<String> texts, String owner) {
        List<Grant> grants = new ArrayList<>();
        for (String text : listOf(texts)) {
            try {
                grants.add(Grant.parse(text));
            } catch (InvalidGrantException e) {
                throw invalid("has a grant of " + owner + " that cannot be used: " + e.getMessage());
            }
        }
        return GrantSet.of(grants);
    }

    private <T> T require(T value, String problem) {
        if (value == null) {
            throw invalid(problem);
        }
        return value;
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String quoted(String value) {
        return io.github.celonisnb.emulator.internal.SafeText.quote(value);
    }

    private StateFileException invalid(String problem) {
        return new StateFileException(file, StateFileException.Problem.INVALID, "State file " + file + " " + problem
                + ". Fix it, or move it away to start with an empty team (it holds only hashes of keys, so nothing "
                + "secret is lost).");
    }
}
