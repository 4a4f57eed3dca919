package io.github.celonisnb.kernel.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.github.celonisnb.kernel.testing.LocalMavenRepository;

class MavenResolverTest {

    @TempDir
    Path work;

    private LocalMavenRepository repository;
    private Path home;

    @BeforeEach
    void layOutRepository() throws Exception {
        repository = new LocalMavenRepository(work.resolve("repo"), work.resolve("build"));
        repository.install("demo.nb", "shout", "1.0", "demo.nb.Shout",
                "package demo.nb; public class Shout { public static String loud(String s) { return s.toUpperCase() + \"!\"; } }",
                List.of());
        repository.install("demo.nb", "greeter", "2.1", "demo.nb.Greeter",
                "package demo.nb; public class Greeter { public static String greet(String n) { return Shout.loud(\"hello \" + n); } }",
                List.of("demo.nb:shout:1.0"));
        home = work.resolve("home");
        repository.settings(home.resolve(".m2").resolve("settings.xml"), true);
    }

    @Test
    void resolvesAnArtifactAndItsDependencyFromTheLocalRepositoryNamedInTheUsersSettings() throws Exception {
        List<Path> jars = new MavenResolver(Map.of(), home).resolve(
                new MavenRequest(List.of("demo.nb:greeter:2.1"), null, false, List.of()));

        assertEquals(List.of("greeter-2.1.jar", "shout-1.0.jar"), jars.stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(jars.stream().allMatch(p -> p.startsWith(repository.root()) && Files.isRegularFile(p)), jars.toString());
    }

    @Test
    void aSettingsFileGivenExplicitlyWinsOverTheUsersOwn() throws Exception {
        Path emptyHome = Files.createDirectories(work.resolve("empty-home"));
        Path settings = repository.settings(work.resolve("other").resolve("settings.xml"), false);

        List<Path> jars = new MavenResolver(Map.of(), emptyHome).resolve(
                new MavenRequest(List.of("demo.nb:shout:1.0"), settings, true, List.of()));

        assertEquals(List.of(repository.root().resolve("demo/nb/shout/1.0/shout-1.0.jar")), jars);
    }

    @Test
    void aMissingArtifactOfflineSaysOnlyTheLocalRepositoryWasSearched() {
        MavenResolutionException e = assertThrows(MavenResolutionException.class, () -> new MavenResolver(Map.of(), home)
                .resolve(new MavenRequest(List.of("demo.nb:absent:9.9"), null, false, List.of())));

        assertTrue(e.getMessage().startsWith("%maven could not resolve demo.nb:absent:9.9: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("In offline mode only the local repository " + repository.root()
                + " is searched: fetch it once with network access, or drop --offline."), e.getMessage());
    }

    @Test
    void aMalformedCoordinateIsRefusedWithAnExample() {
        MavenResolutionException e = assertThrows(MavenResolutionException.class, () -> new MavenResolver(Map.of(), home)
                .resolve(new MavenRequest(List.of("just-a-name"), null, true, List.of())));

        assertEquals("'just-a-name' is not a Maven coordinate: write group:artifact:version, "
                + "e.g. org.apache.commons:commons-lang3:3.14.0.", e.getMessage());
    }

    @Test
    void aBrokenSettingsFileIsNamedWithItsLineAndNotQuoted() throws Exception {
        Path settings = work.resolve("broken.xml");
        Files.writeString(settings, "<settings>\n<servers><server><password>hunter2-secret</password>\n</settings>");

        MavenResolutionException e = assertThrows(MavenResolutionException.class, () -> new MavenResolver(Map.of(), home)
                .resolve(new MavenRequest(List.of("demo.nb:shout:1.0"), settings, true, List.of())));

        assertTrue(e.getMessage().startsWith("The Maven settings cannot be read (" + settings), e.getMessage());
        assertTrue(e.getMessage().contains(" line 3"), e.getMessage());
        assertTrue(!e.getMessage().contains("hunter2"), e.getMessage());
    }
}
