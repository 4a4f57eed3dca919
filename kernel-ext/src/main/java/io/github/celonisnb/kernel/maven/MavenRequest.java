package io.github.celonisnb.kernel.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * What to resolve and how.
 *
 * @param coordinates  {@code group:artifact[:extension[:classifier]]:version}, each with its runtime dependencies
 * @param settingsFile the user settings file, {@code ~/.m2/settings.xml} unless given
 * @param offline      resolve from the local repository only (also when the settings say {@code <offline>})
 * @param repositories extra remote repositories, searched after those of the settings' active profiles
 */
public record MavenRequest(List<String> coordinates, Path settingsFile, boolean offline, List<Repository> repositories) {

    public MavenRequest {
        coordinates = List.copyOf(coordinates);
        repositories = List.copyOf(repositories);
    }

    /** A remote repository by id (as {@code <server>} and {@code <mirrorOf>} name it) and address. */
    public record Repository(String id, String url) {
    }
}
