package io.github.celonisnb.magics.credentials;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.magics.testing.TestKeys;

/** Each key-file check against real files, real modes and real git repositories. */
class KeyFileSafetyTest {

    @TempDir
    Path dir;

    @BeforeEach
    void realPaths() throws Exception {
        dir = dir.toRealPath();
    }

    private Path keyFile(Path folder, String name, String mode) throws Exception {
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        Files.writeString(file, "{\"url\": \"https://demo.eu-1.celonis.cloud\", \"api_token\": \""
                + TestKeys.newKeyValue() + "\"}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    @Test
    void aPrivateKeyFileOutsideAnyRepositoryIsFine() throws Exception {
        assertEquals(List.of(), KeyFileSafety.check(keyFile(dir.resolve("profiles"), "app.json", "rw-------")));
    }

    @Test
    void aKeyFileOthersCanReadIsWarnedAboutWithTheChmodLine() throws Exception {
        Path file = keyFile(dir, "app.json", "rw-r--r--");
        List<KeyFileWarning> warnings = KeyFileSafety.check(file);
        assertEquals(List.of(new KeyFileWarning(KeyFileWarning.Kind.READABLE_BY_OTHERS, file, "Key file " + file
                + " can be read by its group and all other users (mode 644), so the key is not yours alone. Make it"
                + " private with: chmod 600 " + file, "chmod 600 " + file)), warnings);
    }

    @Test
    void groupAloneAndOthersAloneAreNamedAsSuch() throws Exception {
        Path group = keyFile(dir, "group.json", "rw-r-----");
        assertEquals("Key file " + group + " can be read by its group (mode 640), so the key is not yours alone. Make"
                + " it private with: chmod 600 " + group, KeyFileSafety.check(group).get(0).message());
        Path others = keyFile(dir, "others.json", "rw----r--");
        assertEquals("Key file " + others + " can be read by all other users (mode 604), so the key is not yours"
                + " alone. Make it private with: chmod 600 " + others, KeyFileSafety.check(others).get(0).message());
    }

    @Test
    void aPathWithSpacesIsQuotedInTheCommand() throws Exception {
        Path file = keyFile(dir.resolve("my keys"), "app.json", "rw-r--r--");
        assertEquals("chmod 600 '" + file + "'", KeyFileSafety.check(file).get(0).fix());
    }

    @Test
    void aKeyFileInAWorkTreeThatGitDoesNotIgnoreIsWarnedAboutWithTheGitignoreLine() throws Exception {
        Git.assumeInstalled();
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        Git.run(repo, "init", "-q");
        Path file = keyFile(repo.resolve("profiles"), "app.json", "rw-------");
        assertEquals(List.of(new KeyFileWarning(KeyFileWarning.Kind.NOT_IGNORED, file, "Key file " + file
                + " is inside the git work tree " + repo + " and git does not ignore it, so a `git add` could commit"
                + " the key. Add this line to " + repo.resolve(".gitignore") + ": /profiles/app.json",
                "/profiles/app.json")), KeyFileSafety.check(file));
    }

    @Test
    void theGitignoreLineItSuggestsReallyIgnoresTheFileEvenWithWildcardCharacters() throws Exception {
        Git.assumeInstalled();
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        Git.run(repo, "init", "-q");
        Path file = keyFile(repo.resolve("key [prod]"), "app*.json", "rw-------");
        KeyFileWarning warning = KeyFileSafety.check(file).get(0);
        assertEquals("/key\\ \\[prod]/app\\*.json", warning.fix());
        Files.writeString(repo.resolve(".gitignore"), warning.fix() + "\n");
        assertEquals(List.of(), KeyFileSafety.check(file));
    }

    @Test
    void anIgnoredKeyFileInAWorkTreeIsFine() throws Exception {
        Git.assumeInstalled();
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        Git.run(repo, "init", "-q");
        Files.writeString(repo.resolve(".gitignore"), "*.json\n");
        assertEquals(List.of(), KeyFileSafety.check(keyFile(repo, "app.json", "rw-------")));
    }

    @Test
    void aKeyFileGitTracksIsRefusedNamingTheRepositoryAndTheUntrackCommand() throws Exception {
        Git.assumeInstalled();
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        Git.run(repo, "init", "-q");
        Path file = keyFile(repo.resolve("profiles"), "app.json", "rw-------");
        Git.run(repo, "add", "profiles/app.json");
        Git.run(repo, "commit", "-q", "-m", "oops");
        Files.writeString(repo.resolve(".gitignore"), "profiles/\n");

        KeyFileTrackedException e = assertThrows(KeyFileTrackedException.class, () -> KeyFileSafety.check(file));
        assertEquals("Key file " + file + " is tracked by the git repository " + repo + ", so the key is in its history"
                + " and reaches everyone who gets a copy; it is not used. Untrack the file, add the line"
                + " /profiles/app.json to " + repo.resolve(".gitignore") + ", commit, and replace the key (Admin &"
                + " Settings → Applications), since the old one stays in the history. Untrack it with: git -C " + repo
                + " rm --cached -- profiles/app.json", e.getMessage());
        assertEquals(repo, e.repository());
        assertEquals(file, e.file());

        Git.run(Path.of("/"), e.untrackCommand().substring("git ".length()).split(" "));
        assertEquals(List.of(), KeyFileSafety.check(file), "the command it gave untracks the file");
    }

    @Test
    void aKeyFileThatIsOnlyStagedCountsAsTracked() throws Exception {
        Git.assumeInstalled();
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        Git.run(repo, "init", "-q");
        Path file = keyFile(repo, "user.json", "rw-------");
        Git.run(repo, "add", "user.json");
        assertEquals("git -C " + repo + " rm --cached -- user.json",
                assertThrows(KeyFileTrackedException.class, () -> KeyFileSafety.check(file)).untrackCommand());
    }

    @Test
    void aKeyFileReachedThroughASymlinkedFolderIsCheckedWhereItReallyIs() throws Exception {
        Git.assumeInstalled();
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        Git.run(repo, "init", "-q");
        Path file = keyFile(repo.resolve("profiles"), "app.json", "rw-------");
        Git.run(repo, "add", "profiles/app.json");
        Path link = Files.createSymbolicLink(dir.resolve("link"), repo.resolve("profiles"));
        assertEquals(file, assertThrows(KeyFileTrackedException.class,
                () -> KeyFileSafety.check(link.resolve("app.json"))).file());
    }

    @Test
    void messagesNeverHoldTheKey() throws Exception {
        Path file = keyFile(dir, "app.json", "rw-rw-rw-");
        String key = Files.readString(file).replaceAll(".*\"api_token\": \"([^\"]+)\".*", "$1");
        KeyFileSafety.check(file).forEach(w -> assertEquals(-1, w.message().indexOf(key)));
    }
}
