package io.github.celonisnb.kernel.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Profile;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;

/**
 * Resolves Maven artifacts and their runtime dependencies with Maven's own resolver, configured as
 * {@code mvn} would be from the user's settings: local repository, offline mode, mirrors, proxies,
 * server credentials and the repositories of active profiles. Artifacts already in the local
 * repository resolve without the network.
 *
 * <p>Passwords in the settings are used as written; Maven's encrypted passwords
 * ({@code settings-security.xml}) are not decrypted.
 */
public final class MavenResolver {

    /** Maven Central, as {@code mvn} knows it: id {@code central}, so mirrors of central apply. */
    static final RemoteRepository CENTRAL = new RemoteRepository.Builder("central", "default",
            "https://repo.maven.apache.org/maven2/")
            .setSnapshotPolicy(new RepositoryPolicy(false, null, null)).build();

    private final Map<String, String> env;
    private final Path home;
    private RepositorySystem system;

    /**
     * @param env  the environment, for {@code ${env.X}} in settings and {@code MAVEN_HOME}
     * @param home the user's home, where {@code .m2} lives
     */
    public MavenResolver(Map<String, String> env, Path home) {
        this.env = Map.copyOf(env);
        this.home = home;
    }

    /**
     * Resolves every coordinate with its runtime dependencies.
     *
     * @return the files, each once, dependencies after the artifacts that need them
     * @throws MavenResolutionException when a coordinate is malformed or something cannot be resolved
     */
    public synchronized List<Path> resolve(MavenRequest request) throws MavenResolutionException {
        Path settingsFile = request.settingsFile() != null ? request.settingsFile() : MavenSettings.userSettingsFile(home);
        Settings settings = MavenSettings.load(settingsFile, env);
        RepositorySystem repositories = system();
        DefaultRepositorySystemSession session = session(repositories, settings, request.offline());
        List<RemoteRepository> remotes = repositories.newResolutionRepositories(session, remotes(settings, request));
        Set<Path> files = new LinkedHashSet<>();
        for (String coordinate : request.coordinates()) {
            DefaultArtifact artifact = artifact(coordinate);
            CollectRequest collect = new CollectRequest(new Dependency(artifact, JavaScopes.RUNTIME), remotes);
            DependencyRequest dependencies = new DependencyRequest(collect,
                    DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
            try {
                for (ArtifactResult result : repositories.resolveDependencies(session, dependencies).getArtifactResults()) {
                    files.add(result.getArtifact().getFile().toPath());
                }
            } catch (DependencyResolutionException e) {
                throw new MavenResolutionException("%maven could not resolve " + coordinate + ": "
                        + firstLine(e.getMessage()) + (session.isOffline()
                        ? " In offline mode only the local repository " + session.getLocalRepository().getBasedir()
                        + " is searched: fetch it once with network access, or drop --offline."
                        : " Check the coordinates, the network, and the mirrors in " + settingsFile + "."));
            }
        }
        return List.copyOf(files);
    }

    private static DefaultArtifact artifact(String coordinate) throws MavenResolutionException {
        try {
            return new DefaultArtifact(coordinate);
        } catch (IllegalArgumentException e) {
            throw new MavenResolutionException("'" + coordinate + "' is not a Maven coordinate: write "
                    + "group:artifact:version, e.g. org.apache.commons:commons-lang3:3.14.0.");
        }
    }

    private RepositorySystem system() {
        if (system == null) {
            system = new RepositorySystemSupplier().get();
        }
        return system;
    }

    private DefaultRepositorySystemSession session(RepositorySystem repositories, Settings settings, boolean offline) {
        DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
        session.setLocalRepositoryManager(repositories.newLocalRepositoryManager(session,
                new LocalRepository(localRepository(settings).toFile())));
        session.setOffline(offline || settings.isOffline());
        session.setSystemProperties(System.getProperties());
        session.setMirrorSelector(mirrors(settings));
        session.setProxySelector(proxies(settings));
        session.setAuthenticationSelector(credentials(settings));
        return session;
    }

    /** {@code -Dmaven.repo.local}, then the settings' {@code <localRepository>}, then {@code ~/.m2/repository}. */
    Path localRepository(Settings settings) {
        String property = System.getProperty("maven.repo.local");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        if (settings.getLocalRepository() != null && !settings.getLocalRepository().isBlank()) {
            return Path.of(settings.getLocalRepository());
        }
        return home.resolve(".m2").resolve("repository");
    }

    private static List<RemoteRepository> remotes(Settings settings, MavenRequest request) {
        List<RemoteRepository> remotes = new ArrayList<>();
        remotes.add(CENTRAL);
        Set<String> active = new LinkedHashSet<>(settings.getActiveProfiles());
        for (Profile profile : settings.getProfiles()) {
            boolean byDefault = profile.getActivation() != null && profile.getActivation().isActiveByDefault();
            if (active.contains(profile.getId()) || byDefault) {
                for (org.apache.maven.settings.Repository r : profile.getRepositories()) {
                    remotes.add(new RemoteRepository.Builder(r.getId(), "default", r.getUrl()).build());
                }
            }
        }
        for (MavenRequest.Repository r : request.repositories()) {
            remotes.add(new RemoteRepository.Builder(r.id(), "default", r.url()).build());
        }
        return remotes;
    }

    private static DefaultMirrorSelector mirrors(Settings settings) {
        DefaultMirrorSelector selector = new DefaultMirrorSelector();
        for (Mirror m : settings.getMirrors()) {
            selector.add(m.getId(), m.getUrl(), m.getLayout(), false, m.isBlocked(), m.getMirrorOf(), m.getMirrorOfLayouts());
        }
        return selector;
    }

    private static DefaultProxySelector proxies(Settings settings) {
        DefaultProxySelector selector = new DefaultProxySelector();
        for (Proxy p : settings.getProxies()) {
            if (!p.isActive()) {
                continue;
            }
            AuthenticationBuilder auth = new AuthenticationBuilder();
            if (p.getUsername() != null) {
                auth.addUsername(p.getUsername()).addPassword(p.getPassword());
            }
            selector.add(new org.eclipse.aether.repository.Proxy(p.getProtocol(), p.getHost(), p.getPort(), auth.build()),
                    p.getNonProxyHosts());
        }
        return selector;
    }

    private static DefaultAuthenticationSelector credentials(Settings settings) {
        DefaultAuthenticationSelector selector = new DefaultAuthenticationSelector();
        for (Server s : settings.getServers()) {
            AuthenticationBuilder auth = new AuthenticationBuilder();
            if (s.getUsername() != null) {
                auth.addUsername(s.getUsername()).addPassword(s.getPassword());
            }
            if (s.getPrivateKey() != null) {
                auth.addPrivateKey(s.getPrivateKey(), s.getPassphrase());
            }
            selector.add(s.getId(), auth.build());
        }
        return selector;
    }

    private static String firstLine(String message) {
        return message == null ? "unknown reason." : message.lines().findFirst().orElse("").strip();
    }
}
