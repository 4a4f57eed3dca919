package io.github.celonisnb.emulator;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.github.celonisnb.emulator.internal.auth.KeyGenerator;
import io.github.celonisnb.emulator.internal.http.Dispatcher;
import io.github.celonisnb.emulator.internal.http.FaultPlan;
import io.github.celonisnb.emulator.internal.http.FaultInjector;
import io.github.celonisnb.emulator.internal.http.RequestLog;
import io.github.celonisnb.emulator.internal.http.Route;
import io.github.celonisnb.emulator.internal.http.admin.AdminFaultsResource;
import io.github.celonisnb.emulator.internal.http.admin.AdminKeysResource;
import io.github.celonisnb.emulator.internal.http.admin.AdminUiResource;
import io.github.celonisnb.emulator.internal.http.ems.CurrentUserResource;
import io.github.celonisnb.emulator.internal.http.ems.NodesResource;
import io.github.celonisnb.emulator.internal.http.ems.PermissionsResource;
import io.github.celonisnb.emulator.internal.http.ems.PoolsResource;
import io.github.celonisnb.emulator.internal.http.ems.SpacesResource;
import io.github.celonisnb.emulator.internal.http.ems.TeamResource;
import io.github.celonisnb.emulator.internal.http.ui.UiServer;
import io.github.celonisnb.emulator.internal.state.StateFile;
import io.github.celonisnb.emulator.internal.state.StateFileLock;
import io.github.celonisnb.emulator.internal.state.StateSnapshot;
import io.github.celonisnb.emulator.internal.state.StateStore;
import io.github.celonisnb.emulator.internal.state.Tenant;
import io.github.celonisnb.emulator.internal.tls.CertificateMaker;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running EMS emulator: a real HTTP server on 127.0.0.1 that answers the EMS paths a notebook
 * login uses, plus its own admin surface under {@code /emulator/api} and, when asked for, the
 * Admin &amp; Settings web page under {@code /emulator/ui}.
 *
 * <p>Start one with {@link #start}; it serves until {@link #close()}. Every method is thread-safe, and
 * a key made or changed here is seen by the very next request.
 */
public final class EmsEmulator implements AutoCloseable {

    /** Queued connections the socket accepts before it refuses; generous for load tests. */
    private static final int BACKLOG = 1024;

    /** The JDK server's switch for TCP_NODELAY on accepted connections; it has no API for it. */
    static final String NODELAY_PROPERTY = "sun.net.httpserver.nodelay";

    static {
        // The JDK server writes headers and body in separate segments. Without TCP_NODELAY, a keep-alive
        // client waits for a delayed ACK (about 40 ms on Linux) before each body: a login of three calls
        // takes 120 ms instead of 3. The JDK reads this once, when its first server in the JVM is made;
        // a value the user set is kept.
        if (System.getProperty(NODELAY_PROPERTY) == null) {
            System.setProperty(NODELAY_PROPERTY, "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Tenant tenant;
    private final RequestLog requestLog;
    private final FaultPlan faults;
    private final AdminToken adminToken;
    private final Optional<Path> stateFile;
    private final StateFileLock lock;
    private final URI baseUrl;
    private final Optional<EmulatorTls> tls;
    private final Optional<Path> temporaryCaFile;
    private final Optional<UiServer> ui;
    private boolean closed;

    private EmsEmulator(HttpServer server, ExecutorService executor, Tenant tenant, RequestLog requestLog,
                        FaultPlan faults, AdminToken adminToken, Optional<Path> stateFile, StateFileLock lock,
                        Optional<EmulatorTls> tls, Optional<Path> temporaryCaFile, Optional<UiServer> ui) {
        this.server = server;
        this.executor = executor;
        this.tenant = tenant;
        this.requestLog = requestLog;
        this.faults = faults;
        this.adminToken = adminToken;
        this.stateFile = stateFile;
        this.lock = lock;
        this.tls = tls;
        this.temporaryCaFile = temporaryCaFile;
        this.ui = ui;
        this.baseUrl = baseUrlOf(server, tls.isPresent());
    }

    /**
     * Starts serving on 127.0.0.1. With a state file, its keys are loaded (the file is created if
     * absent) and the file is locked against a second emulator until {@link #close()}.
     *
     * @throws EmulatorStartException if the port cannot be bound
     * @throws StateFileException     if the state file cannot be read, is invalid, or is in use
     * @throws TlsSetupException      if TLS was asked for and the certificate cannot be made
     */
    public static EmsEmulator start(EmulatorConfig config) {
        KeyGenerator generator = new KeyGenerator();
        StateFileLock lock = null;
        StateStore store = StateStore.IN_MEMORY;
        StateSnapshot initial;
        Optional<Path> statePath = config.stateFile().map(p -> p.toAbsolutePath().normalize());
        if (statePath.isPresent()) {
            Path path = statePath.get();
            lock = StateFileLock.tryAcquire(path).orElseThrow(() -> new StateFileException(path,
                    StateFileException.Problem.IN_USE, "State file " + path + " is in use by another running emulator. "
                    + "Stop that one, or choose another state file."));
            try {
                StateFile file = new StateFile(path);
                Optional<StateSnapshot> loaded = file.load();
                initial = loaded.orElseGet(() -> Tenant.newTeam(generator));
                if (loaded.isEmpty()) {
                    file.save(initial);
                }
                store = file;
            } catch (RuntimeException e) {
                lock.close();
                throw e;
            }
        } else {
            initial = Tenant.newTeam(generator);
        }
        Tenant tenant = new Tenant(initial, store, generator, Clock.systemUTC());
        AdminToken adminToken = config.adminToken().orElseGet(AdminToken::generate);
        RequestLog requestLog = new RequestLog();
        FaultPlan faults = new FaultPlan();
        Optional<TlsSetup> tlsSetup = Optional.empty();
        try {
            tlsSetup = config.tls() ? Optional.of(TlsSetup.make(config)) : Optional.empty();
            HttpServer server;
            if (tlsSetup.isPresent()) {
                HttpsServer https = HttpsServer.create(new InetSocketAddress(loopback(), config.port()), BACKLOG);
                https.setHttpsConfigurator(new HttpsConfigurator(tlsSetup.get().serverContext()));
                server = https;
            } else {
                server = HttpServer.create(new InetSocketAddress(loopback(), config.port()), BACKLOG);
            }
            ExecutorService executor = Executors.newCachedThreadPool(new NamedDaemonThreads());
            server.setExecutor(executor);
            // The page is a context of its own: EMS paths and the JSON admin surface are answered exactly as without it.
            Optional<UiServer> ui = config.ui()
                    ? Optional.of(new UiServer(tenant, baseUrlOf(server, tlsSetup.isPresent()), Clock.systemUTC(),
                            config.adminTokenFile(), tlsSetup.map(t -> t.tls().caCertificateFile())))
                    : Optional.empty();
            ui.ifPresent(page -> server.createContext(UiServer.PREFIX, page));
            server.createContext("/", new Dispatcher(routes(tenant, faults, ui), tenant, adminToken, requestLog,
                    new FaultInjector(faults)));
            server.start();
            return new EmsEmulator(server, executor, tenant, requestLog, faults, adminToken, statePath, lock,
                    tlsSetup.map(TlsSetup::tls), tlsSetup.flatMap(TlsSetup::temporaryCaFile), ui);
        } catch (IOException | RuntimeException e) {
            if (lock != null) {
                lock.close();
            }
            tlsSetup.flatMap(TlsSetup::temporaryCaFile).ifPresent(EmsEmulator::deleteQuietly);
            if (e instanceof IOException io) {
                throw startFailure(config.port(), io);
            }
            throw (RuntimeException) e;
        }
    }

    /** Where the emulator serves, e.g. {@code http://127.0.0.1:41234} (or {@code https://…} with TLS); no trailing slash. */
    public URI baseUrl() {
        return baseUrl;
    }

    /** The port it listens on (the real one when 0 was asked for). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The CA to trust when serving HTTPS; empty for plain HTTP. */
    public Optional<EmulatorTls> tls() {
        return tls;
    }

    /**
     * A new one-time login link for the Admin &amp; Settings web page, e.g.
     * {@code http://127.0.0.1:41234/emulator/ui/login#token=...}: opening it signs a browser in once; an
     * earlier link not used yet stops working.
     *
     * @throws IllegalStateException if the emulator was started without {@link EmulatorConfig.Builder#ui(boolean)}
     */
    public URI newUiLoginUrl() {
        return ui.orElseThrow(() -> new IllegalStateException("The web page is off: start the emulator with "
                + "EmulatorConfig.builder().ui(true), or `emulator --ui`.")).newLoginUrl();
    }

    /** Whether the Admin &amp; Settings web page is served under {@code /emulator/ui}. */
    public boolean servesUi() {
        return ui.isPresent();
    }

    /** The token the admin surface requires in header {@value AdminToken#HEADER}. */
    public AdminToken adminToken() {
        return adminToken;
    }

    /** The state file, absolute; empty when state is kept in memory. */
    public Optional<Path> stateFile() {
        return stateFile;
    }

    /**
     * Registers an application with these grants and makes its key; the returned object is the only
     * place the key's value exists.
     *
     * @throws InvalidKeyRequestException if the name is blank
     * @throws StateFileException         if the state file cannot be written (nothing is changed then)
     */
    public IssuedKey createApplicationKey(String name, List<Grant> grants) {
        return tenant.createApplicationKey(name, grants);
    }

    /**
     * Makes a user key for the user with this e-mail address, registering the user if new. A user
     * key carries the user's permissions; an admin holds every {@code team} right besides the grants.
     *
     * @throws InvalidKeyRequestException if the name or e-mail address is blank or malformed
     * @throws StateFileException         if the state file cannot be written (nothing is changed then)
     */
    public IssuedKey createUserKey(String name, String email, boolean admin, List<Grant> grants) {
        return tenant.createUserKey(name, email, admin, grants);
    }

    /**
     * Deletes a key; it gets 401 from the next request on.
     *
     * @throws UnknownKeyException if there is no key with this id
     */
    public void deleteKey(String keyId) {
        tenant.deleteKey(keyId);
    }

    /** Adds grants to the key's owner (for a user key: the user, and so all of their keys). */
    public KeyInfo grant(String keyId, List<Grant> grants) {
        return tenant.grant(keyId, grants);
    }

    /** Takes grants away from the key's owner; names not held are ignored. */
    public KeyInfo revoke(String keyId, List<Grant> grants) {
        return tenant.revoke(keyId, grants);
    }

    /** Every key, oldest first, without values. */
    public List<KeyInfo> keys() {
        return tenant.keys();
    }

    /** The EMS requests answered so far (the most recent 10,000), oldest first; admin requests are not recorded. */
    public List<RecordedRequest> recordedRequests() {
        return requestLog.snapshot();
    }

    /** Forgets the recorded requests, e.g. between the steps of a test. */
    public void clearRecordedRequests() {
        requestLog.clear();
    }

    /**
     * Puts a fault in force on EMS paths (the admin surface is never faulted). Rules apply in the
     * order they were added: a request takes the first rule for its path and uses up one of its times.
     *
     * @return the rule with its id, to remove it again
     */
    public InjectedFault injectFault(FaultRule rule) {
        return faults.add(rule);
    }

    /** The faults in force, oldest first, with how many requests each still applies to. */
    public List<InjectedFault> faults() {
        return faults.list();
    }

    /** Removes one fault; false when there was none with this id (it may have been used up). */
    public boolean removeFault(String faultId) {
        return faults.remove(faultId);
    }

    /** Removes every fault: the emulator answers normally again from the next request on. */
    public void clearFaults() {
        faults.clear();
    }

    /** Stops serving at once and releases the state file. Calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        executor.shutdownNow();
        if (lock != null) {
            lock.close();
        }
        temporaryCaFile.ifPresent(EmsEmulator::deleteQuietly);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A public certificate of a CA that no longer serves anything; a leftover file is harmless.
        }
    }

    @Override
    public String toString() {
        return "EmsEmulator[" + baseUrl + (closed ? ", closed" : "") + "]";
    }

    private static URI baseUrlOf(HttpServer server, boolean tls) {
        return URI.create((tls ? "https" : "http") + "://127.0.0.1:" + server.getAddress().getPort());
    }

    private static List<Route> routes(Tenant tenant, FaultPlan faults, Optional<UiServer> ui) {
        List<Route> routes = new ArrayList<>();
        routes.addAll(new CurrentUserResource(tenant).routes());
        routes.addAll(new PermissionsResource().routes());
        routes.addAll(new TeamResource(tenant).routes());
        routes.addAll(new SpacesResource().routes());
        routes.addAll(new NodesResource().routes());
        routes.addAll(new PoolsResource().routes());
        routes.addAll(new AdminKeysResource(tenant).routes());
        routes.addAll(new AdminFaultsResource(faults).routes());
        ui.ifPresent(page -> routes.addAll(new AdminUiResource(page).routes()));
        return routes;
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("127.0.0.1 is always a valid address", e);
        }
    }

    private static EmulatorStartException startFailure(int port, IOException e) {
        if (e instanceof BindException) {
            return new EmulatorStartException(port, "Cannot listen on 127.0.0.1:" + port
                    + ": the port is in use. Choose another port, or 0 for any free one.", e);
        }
        return new EmulatorStartException(port, "Cannot listen on 127.0.0.1:" + port + ": "
                + e.getClass().getSimpleName() + ".", e);
    }

    /** The server's TLS context and the CA file written for clients; the file is temporary unless configured. */
    private record TlsSetup(javax.net.ssl.SSLContext serverContext, EmulatorTls tls, Optional<Path> temporaryCaFile) {

        static TlsSetup make(EmulatorConfig config) {
            CertificateMaker.Material material = CertificateMaker.make();
            Path caFile = null;
            boolean temporary = config.caCertificateFile().isEmpty();
            try {
                caFile = temporary ? Files.createTempFile("celonis-nb-emulator-ca-", ".pem")
                        : config.caCertificateFile().get().toAbsolutePath().normalize();
                Files.writeString(caFile, CertificateMaker.pem(material.caCertificate()));
            } catch (IOException e) {
                if (temporary && caFile != null) {
                    deleteQuietly(caFile);
                }
                throw new TlsSetupException("Cannot write the CA certificate to "
                        + (caFile == null ? "a temporary file" : caFile.toString()) + ": " + e.getClass().getSimpleName()
                        + ". Choose a writable path.", e);
            }
            return new TlsSetup(material.serverContext(), new EmulatorTls(material.caCertificate(), caFile),
                    temporary ? Optional.of(caFile) : Optional.empty());
        }
    }

    /** Threads that do not keep the JVM alive and say whose they are in a thread dump. */
    private static final class NamedDaemonThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "ems-emulator-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
