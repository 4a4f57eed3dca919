package io.github.celonisnb.kernel.builtin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import io.github.celonisnb.kernel.maven.MavenRequest;
import io.github.celonisnb.kernel.maven.MavenResolutionException;
import io.github.celonisnb.kernel.maven.MavenResolver;
import io.github.celonisnb.magics.magic.MagicOutput;
import io.github.celonisnb.magics.magic.MagicUsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code %maven group:artifact:version}: resolves artifacts with their runtime dependencies through
 * Maven's resolver and the user's Maven settings, and adds the jars to the class path.
 */
public final class MavenMagic {

    private final MavenResolver resolver;
    private final Consumer<String> addToClasspath;
    private final MagicOutput out;

    public MavenMagic(MavenResolver resolver, Consumer<String> addToClasspath, MagicOutput out) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.addToClasspath = Objects.requireNonNull(addToClasspath, "addToClasspath");
        this.out = Objects.requireNonNull(out, "out");
    }

    @Command(name = "%maven", sortOptions = false, description = {
        "Add Maven artifacts and their runtime dependencies to the class path of this kernel's cells.",
        "Resolves as mvn does, with ~/.m2/settings.xml (local repository, offline, mirrors, proxies, servers, "
                + "active profiles' repositories) and Maven Central; what the local repository holds needs no network."})
    static final class Arguments {
        @Parameters(paramLabel = "COORDINATES", arity = "1..*",
                description = "group:artifact:version, or group:artifact:extension[:classifier]:version.")
        List<String> coordinates;

        @Option(names = "--offline", description = "Use only the local repository (as mvn -o).")
        boolean offline;

        @Option(names = "--settings", paramLabel = "FILE", description = "Read these settings instead of ~/.m2/settings.xml (as mvn -s).")
        Path settings;

        @Option(names = "--repo", paramLabel = "ID=URL", description = "Also search this remote repository; repeatable.")
        List<String> repositories = new ArrayList<>();

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help.")
        boolean help;
    }

    /** {@code %maven COORDINATES...}; returns {@code null}, and prints what it added. */
    public Object maven(List<String> args) throws MagicUsageException, MavenResolutionException {
        Arguments parsed = new Arguments();
        if (!MagicArguments.parse(parsed, args, out)) {
            return null;
        }
        List<MavenRequest.Repository> repositories = new ArrayList<>();
        for (String repo : parsed.repositories) {
            int eq = repo.indexOf('=');
            if (eq <= 0 || eq == repo.length() - 1) {
                throw new MagicUsageException("%maven: --repo takes ID=URL, e.g. --repo jitpack=https://jitpack.io; got '"
                        + repo + "'.");
            }
            repositories.add(new MavenRequest.Repository(repo.substring(0, eq), repo.substring(eq + 1)));
        }
        List<Path> jars = resolver.resolve(new MavenRequest(parsed.coordinates, parsed.settings, parsed.offline,
                repositories));
        for (Path jar : jars) {
            addToClasspath.accept(jar.toAbsolutePath().toString());
        }
        out.info("Added " + jars.size() + (jars.size() == 1 ? " jar" : " jars") + " to the class path: "
                + String.join(", ", jars.stream().map(p -> p.getFileName().toString()).toList()));
        return null;
    }
}
