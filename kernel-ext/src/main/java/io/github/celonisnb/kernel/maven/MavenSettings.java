package io.github.celonisnb.kernel.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.apache.maven.settings.building.SettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsProblem;

/**
 * Reads the Maven settings {@code mvn} would use: the user's {@code ~/.m2/settings.xml} over the global
 * {@code $MAVEN_HOME/conf/settings.xml}, with {@code ${env.X}} and system properties interpolated, by
 * Maven's own settings builder.
 */
public final class MavenSettings {

    private MavenSettings() {
    }

    /** The user settings file: {@code ~/.m2/settings.xml}. */
    public static Path userSettingsFile(Path home) {
        return home.resolve(".m2").resolve("settings.xml");
    }

    /** The global settings file under {@code MAVEN_HOME} or {@code M2_HOME}, if either is set. */
    static Path globalSettingsFile(Map<String, String> env) {
        for (String name : List.of("MAVEN_HOME", "M2_HOME")) {
            String home = env.get(name);
            if (home != null && !home.isBlank()) {
                return Path.of(home, "conf", "settings.xml");
            }
        }
        return null;
    }

    /**
     * The effective settings; files that do not exist count as empty.
     *
     * @param userSettings the user settings file (Maven's {@code -s})
     * @throws MavenResolutionException when a settings file cannot be read; the message names the file and
     *                                  line, never its content (it may hold passwords)
     */
    public static Settings load(Path userSettings, Map<String, String> env) throws MavenResolutionException {
        SettingsBuildingRequest request = new DefaultSettingsBuildingRequest();
        if (userSettings != null && Files.isRegularFile(userSettings)) {
            request.setUserSettingsFile(userSettings.toFile());
        }
        Path global = globalSettingsFile(env);
        if (global != null && Files.isRegularFile(global)) {
            request.setGlobalSettingsFile(global.toFile());
        }
        Properties properties = new Properties();
        properties.putAll(System.getProperties());
        env.forEach((name, value) -> properties.setProperty("env." + name, value));
        request.setSystemProperties(properties);
        try {
            return new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings();
        } catch (SettingsBuildingException e) {
            List<String> where = new ArrayList<>();
            for (SettingsProblem problem : e.getProblems()) {
                where.add(problem.getSource() + (problem.getLineNumber() > 0 ? " line " + problem.getLineNumber() : ""));
            }
            throw new MavenResolutionException("The Maven settings cannot be read (" + String.join("; ", where)
                    + "). Fix the file (mvn reads it the same way), or pass another with --settings.");
        }
    }
}
