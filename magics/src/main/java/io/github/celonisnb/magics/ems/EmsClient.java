package io.github.celonisnb.magics.ems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.celonisnb.magics.secrets.ApiKey;
import io.github.celonisnb.magics.secrets.KeyType;
import io.github.celonisnb.magics.secrets.SecretRegistry;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.Call;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Authenticated requests to one EMS team with one key, over one OkHttp client.
 *
 * <p>Every request carries {@code Authorization: AppKey <key>} or {@code Bearer <key>}, added by an
 * interceptor; nothing logs headers, and the header is removed from any redirect that leaves the team's host.
 * Calls block until EMS answers or a timeout passes. Failures are unchecked {@link EmsException}s: a status
 * becomes {@link KeyRejectedException} (401), {@link PermissionDeniedException} (403),
 * {@link ObjectNotFoundException} (404) or {@link UnexpectedStatusException}, and a 401 or 403 from another host
 * a redirect led to becomes {@link RedirectedElsewhereException}; a body that is not JSON becomes
 * {@link ResponseNotJsonException}; a network failure becomes {@link EmsConnectionException}.
 *
 * <p>Thread-safe. Close it when done, to release its connections.
 */
public final class EmsClient implements Closeable {

    /** How long to wait for a connection unless told otherwise. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** How long to wait for an answer unless told otherwise. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    /** The user agent unless told otherwise, e.g. {@code celonis-nb/0.1.0}. */
    public static final String DEFAULT_USER_AGENT = defaultUserAgent();
    /** The most retries allowed, as in PyCelonis. */
    public static final int MAX_RETRIES = 10;

    private final EmsUrl url;
    private final KeyType keyType;
    private final OkHttpClient http;
    private final ResponseReader reader;
    private final ConnectionFailures failures;
    private volatile boolean closed;

    private EmsClient(Builder builder) {
        this.url = builder.url;
        this.keyType = builder.keyType;
        SecretRegistry secrets = new SecretRegistry();
        secrets.register(builder.key, "celonis-key");
        this.reader = new ResponseReader(keyType, secrets);
        this.failures = new ConnectionFailures(builder.connectTimeout, builder.readTimeout);
        OkHttpClient.Builder http = new OkHttpClient.Builder()
                .connectTimeout(builder.connectTimeout)
                .readTimeout(builder.readTimeout)
                .writeTimeout(builder.readTimeout)
                .followRedirects(true)
                .followSslRedirects(false)
                .addInterceptor(new AuthorizationInterceptor(keyType, builder.key, builder.userAgent))
                .addNetworkInterceptor(new OriginGuard(url))
                .eventListener(new CallTraceListener());
        if (builder.retries > 0) {
            http.addInterceptor(new RetryInterceptor(builder.retries, builder.retryDelay, builder.maxRetryDelay,
                    builder.sleeper, Clock.systemUTC()));
        }
        if (builder.dns != null) {
            http.dns(builder.dns);
        }
        TrustedCertificates trusted = builder.trusted != null ? builder.trusted : TrustedCertificates.system();
        http.sslSocketFactory(new HandshakeTimeoutSocketFactory(trusted.socketFactory(), builder.connectTimeout),
                trusted.trustManager());
        this.http = http.build();
    }

    /**
     * Starts building a client for this team, key and key type.
     *
     * @param url the team's address
     * @param key the key
     * @param keyType how to send the key; {@link EmsLogin} finds it when it is not known
     */
    public static Builder builder(EmsUrl url, ApiKey key, KeyType keyType) {
        return new Builder(url, key, keyType);
    }

    /** The team's address. */
    public EmsUrl url() {
        return url;
    }

    /** How the key is sent. */
    public KeyType keyType() {
        return keyType;
    }

    /** Who the key belongs to: {@code GET /api/cloud}. */
    public CloudUser whoami() {
        return object("/api/cloud", CloudUser.class, "a JSON object describing the key's owner");
    }

    /**
     * The key's permissions per service: {@code GET /api/cloud/permissions}, in the server's order; null
     * entries are skipped.
     */
    public List<ServicePermissions> permissions() {
        String path = "/api/cloud/permissions";
        String expected = "a JSON array of service permissions";
        Answer answer = get(path);
        if (!answer.json().isArray()) {
            throw answer.unexpected(expected);
        }
        List<ServicePermissions> result = new ArrayList<>();
        for (JsonNode entry : answer.json()) {
            if (entry.isNull()) {
                continue;
            }
            if (!entry.isObject()) {
                throw answer.unexpected(expected);
            }
            result.add(answer.as(entry, ServicePermissions.class, expected));
        }
        return List.copyOf(result);
    }

    /** The key's team: {@code GET /api/team}. */
    public Team team() {
        return object("/api/team", Team.class, "a JSON object describing the team");
    }

    /**
     * The Studio spaces the key may see: {@code GET /package-manager/api/spaces}, in the server's order. EMS
     * leaves out the spaces a key may not use rather than refusing the request, so a key without Studio rights
     * gets an empty list.
     */
    public List<SpaceData> spaces() {
        return list(url.resolve("/package-manager/api/spaces"), SpaceData.class, "a JSON array of spaces");
    }

    /**
     * Every node of one space's content tree (packages, folders, assets, images):
     * {@code GET /package-manager/api/nodes/tree?spaceId=<id>}, the id encoded as a query value.
     *
     * @throws PermissionDeniedException when the key may not read the space; the message says it needs USE on it
     */
    public List<ContentNode> contentNodes(String spaceId) {
        Objects.requireNonNull(spaceId, "spaceId");
        HttpUrl target = url.resolve("/package-manager/api/nodes/tree").newBuilder()
                .addQueryParameter("spaceId", spaceId)
                .build();
        try {
            return list(target, ContentNode.class, "a JSON array of content nodes");
        } catch (PermissionDeniedException e) {
            throw e.requiring(RequiredAccess.spaceContent());
        }
    }

    /**
     * The data pools the key may see: {@code GET /integration/api/pools}, in the server's order. As with spaces,
     * EMS leaves out the pools a key may not see.
     */
    public List<PoolData> pools() {
        return list(url.resolve("/integration/api/pools"), PoolData.class, "a JSON array of data pools");
    }

    /**
     * One data pool: {@code GET /integration/api/pools/<id>}, the id encoded as one path segment.
     *
     * @throws IllegalArgumentException when the id is empty, blank, {@code .} or {@code ..}
     * @throws PermissionDeniedException when the key may not read the pool; the message says which permissions
     *     would let it
     * @throws ObjectNotFoundException when no pool has this id, or the key may not see it
     */
    public PoolData pool(String poolId) {
        Objects.requireNonNull(poolId, "poolId");
        if (poolId.isBlank() || poolId.equals(".") || poolId.equals("..")) {
            throw new IllegalArgumentException("A data pool id is the id EMS lists for the pool, e.g. a UUID; it"
                    + " cannot be empty, blank, '.' or '..'");
        }
        HttpUrl target = url.base().newBuilder()
                .addPathSegments("integration/api/pools")
                .addPathSegment(poolId)
                .build();
        try {
            return object(target, PoolData.class, "a JSON object describing a data pool");
        } catch (PermissionDeniedException e) {
            throw e.requiring(RequiredAccess.dataPool());
        } catch (ObjectNotFoundException e) {
            throw e.forObject("data pool");
        }
    }

    /**
     * Any GET on this team as JSON, e.g. {@code getJson("/integration/api/pools")}; an empty body is JSON null.
     *
     * @throws IllegalArgumentException when the path does not start with a single {@code /}
     */
    public JsonNode getJson(String path) {
        return get(path).json();
    }

    private <T> T object(String path, Class<T> type, String expected) {
        return object(url.resolve(path), type, expected);
    }

    private <T> T object(HttpUrl target, Class<T> type, String expected) {
        Answer answer = get(target);
        if (!answer.json().isObject()) {
            throw answer.unexpected(expected);
        }
        return answer.as(answer.json(), type, expected);
    }

    /** A JSON array of objects, each mapped to {@code type}; null elements are skipped. */
    private <T> List<T> list(HttpUrl target, Class<T> type, String expected) {
        Answer answer = get(target);
        if (!answer.json().isArray()) {
            throw answer.unexpected(expected);
        }
        List<T> result = new ArrayList<>();
        for (JsonNode entry : answer.json()) {
            if (entry.isNull()) {
                continue;
            }
            if (!entry.isObject()) {
                throw answer.unexpected(expected);
            }
            result.add(answer.as(entry, type, expected));
        }
        return List.copyOf(result);
    }

    /** A successful answer and the request it answers. */
    private record Answer(int status, String method, HttpUrl url, JsonNode json) {

        UnexpectedResponseException unexpected(String expected) {
            return new UnexpectedResponseException(status, method, url, expected);
        }

        <T> T as(JsonNode node, Class<T> type, String expected) {
            try {
                return Json.MAPPER.treeToValue(node, type);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw unexpected(expected);
            }
        }
    }

    private Answer get(String path) {
        return get(url.resolve(path));
    }

    private Answer get(HttpUrl target) {
        if (closed) {
            throw new IllegalStateException("This EMS client is closed; log in again for a new one");
        }
        CallTrace trace = new CallTrace();
        Request request = new Request.Builder().url(target).get().tag(CallTrace.class, trace).build();
        Call call = http.newCall(request);
        try (Response response = call.execute()) {
            return new Answer(response.code(), "GET", target, reader.read(response, "GET", target));
        } catch (IOException e) {
            throw failures.toException(e, "GET", target, trace.connected(), trace.handshakeStarted());
        }
    }

    /** Releases the client's connections and threads. Idempotent; later calls fail. */
    @Override
    public void close() {
        closed = true;
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    /** The team's URL and the key type; never the key. */
    @Override
    public String toString() {
        return "EmsClient[" + url + ", " + keyType + "]";
    }

    private static String defaultUserAgent() {
        String version = EmsClient.class.getPackage().getImplementationVersion();
        return "celonis-nb" + (version == null ? "" : "/" + version);
    }

    /** Settings for an {@link EmsClient}; each has a default. Not thread-safe. */
    public static final class Builder {

        private final EmsUrl url;
        private final ApiKey key;
        private final KeyType keyType;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Dns dns;
        private String userAgent = DEFAULT_USER_AGENT;
        private int retries;
        private Duration retryDelay = Duration.ofSeconds(1);
        private Duration maxRetryDelay = Duration.ofSeconds(30);
        private Sleeper sleeper = Sleeper.REAL;
        private TrustedCertificates trusted;

        private Builder(EmsUrl url, ApiKey key, KeyType keyType) {
            this.url = Objects.requireNonNull(url, "url");
            this.key = Objects.requireNonNull(key, "key");
            this.keyType = Objects.requireNonNull(keyType, "keyType");
        }

        /** How long to wait for a connection (and TLS handshake); default 10 s. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = requirePositive(timeout, "connect timeout");
            return this;
        }

        /** How long to wait for each read of an answer; default 60 s. */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = requirePositive(timeout, "read timeout");
            return this;
        }

        /** How host names are resolved; default the system's. */
        public Builder dns(Dns dns) {
            this.dns = Objects.requireNonNull(dns, "dns");
            return this;
        }

        /** The {@code User-Agent} header; printable ASCII. */
        public Builder userAgent(String userAgent) {
            Objects.requireNonNull(userAgent, "userAgent");
            if (userAgent.isBlank() || !userAgent.chars().allMatch(c -> c >= ' ' && c <= '~')) {
                throw new IllegalArgumentException("The user agent must be printable ASCII, e.g. my-tool/1.0");
            }
            this.userAgent = userAgent;
            return this;
        }

        /**
         * How often to repeat a request that got 429, 502, 503 or 504; default 0 (off), at most {@value
         * EmsClient#MAX_RETRIES}. Waits honour {@code Retry-After}.
         */
        public Builder retries(int retries) {
            this.retries = requireRetries(retries);
            return this;
        }

        /**
         * The first wait between retries when the server gives no {@code Retry-After}; doubled on each retry.
         * Default 1 s.
         */
        public Builder retryDelay(Duration delay) {
            this.retryDelay = requirePositive(delay, "retry delay");
            return this;
        }

        /**
         * The longest wait between retries; a {@code Retry-After} asking for more ends the retries. Default 30 s.
         */
        public Builder maxRetryDelay(Duration delay) {
            this.maxRetryDelay = requirePositive(delay, "maximum retry delay");
            return this;
        }

        /**
         * Trusts the certificates in this PEM file in addition to the system's CAs, e.g. a company proxy's CA
         * or the emulator's certificate. Host names are still verified.
         *
         * @throws CertificateFileException when the file cannot be read or holds no certificate
         */
        public Builder trustCertificates(Path pemFile) {
            this.trusted = TrustedCertificates.fromPem(Objects.requireNonNull(pemFile, "pemFile"));
            return this;
        }

        /** Replaces the waiting between retries; for tests. */
        Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** The client. Building does not contact EMS. */
        public EmsClient build() {
            return new EmsClient(this);
        }

    }

    static Duration requirePositive(Duration duration, String what) {
        Objects.requireNonNull(duration, what);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("The " + what + " must be positive, not " + duration);
        }
        return duration;
    }

    static int requireRetries(int retries) {
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException("retries must be between 0 and " + MAX_RETRIES + ", not " + retries);
        }
        return retries;
    }
}
