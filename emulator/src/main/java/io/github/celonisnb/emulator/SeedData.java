package io.github.celonisnb.emulator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The fixed content every emulator serves: Studio spaces with packages, and data pools with data
 * models. Ids are stable across runs (name-based UUIDs), so tests and notebooks can name them.
 */
public final class SeedData {

    /** Creation and change time of every seeded object (2023-11-14T22:13:20Z), in epoch milliseconds. */
    public static final long CREATED_AT_MILLIS = 1_700_000_000_000L;

    /** A Studio space. */
    public record Space(String id, String name, String iconReference, List<Package> packages) {
        public Space {
            packages = List.copyOf(packages);
        }
    }

    /** A package in a space; {@code assets} are nodes inside it (views, knowledge models). */
    public record Package(String id, String key, String name, String spaceId, List<Asset> assets) {
        public Package {
            assets = List.copyOf(assets);
        }
    }

    /** A node inside a package that is not itself a package. */
    public record Asset(String id, String key, String name, String assetType, String packageId) {
    }

    /** A data pool. */
    public record Pool(String id, String name, String description, List<DataModel> dataModels) {
        public Pool {
            dataModels = List.copyOf(dataModels);
        }
    }

    /** A data model in a pool. */
    public record DataModel(String id, String name, String poolId) {
    }

    /** The space PyCelonis 1.x picks by name. */
    public static final Space DEFAULT_SPACE = space("Default", "earth",
            pkg("Default", "order-management", "Order Management",
                    new String[][] {{"order-management-view", "Order Overview", "VIEW"}}),
            pkg("Default", "accounts-payable", "Accounts Payable", new String[0][]));

    /** A second space, so that a grant on one space visibly leaves the other out. */
    public static final Space FINANCE_SPACE = space("Finance", "briefcase",
            pkg("Finance", "cash-forecast", "Cash Forecast", new String[0][]));

    /** Pool of the order-to-cash process. */
    public static final Pool ORDER_TO_CASH_POOL = pool("SAP ECC - Order to Cash", "Sales orders, deliveries and invoices",
            "O2C Data Model");

    /** Pool of the purchase-to-pay process. */
    public static final Pool PURCHASE_TO_PAY_POOL = pool("SAP ECC - Purchase to Pay", "Purchase orders and goods receipts",
            "P2P Data Model", "P2P Data Model (test)");

    /** A pool for experiments. */
    public static final Pool SANDBOX_POOL = pool("Sandbox", "Data pushed from notebooks", "Sandbox Data Model");

    private static final List<Space> SPACES = List.of(DEFAULT_SPACE, FINANCE_SPACE);
    private static final List<Pool> POOLS = List.of(ORDER_TO_CASH_POOL, PURCHASE_TO_PAY_POOL, SANDBOX_POOL);

    private SeedData() {
    }

    /** Every space, in listing order. */
    public static List<Space> spaces() {
        return SPACES;
    }

    /** Every data pool, in listing order. */
    public static List<Pool> pools() {
        return POOLS;
    }

    /** The space with this id. */
    public static Optional<Space> space(String id) {
        return SPACES.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The pool with this id. */
    public static Optional<Pool> pool(String id) {
        return POOLS.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Whether an object of this type and id exists. */
    public static boolean exists(ObjectRef ref) {
        Objects.requireNonNull(ref, "ref");
        return switch (ref.type()) {
            case POOL -> pool(ref.id()).isPresent();
            case SPACE -> space(ref.id()).isPresent();
        };
    }

    private static Space space(String name, String icon, Package... packages) {
        return new Space(uuid("space:" + name), name, icon, List.of(packages));
    }

    private static Package pkg(String spaceName, String key, String name, String[][] assets) {
        String packageId = uuid("package:" + key);
        List<Asset> nodes = java.util.Arrays.stream(assets)
                .map(a -> new Asset(uuid("asset:" + a[0]), a[0], a[1], a[2], packageId))
                .toList();
        return new Package(packageId, key, name, uuid("space:" + spaceName), nodes);
    }

    private static Pool pool(String name, String description, String... modelNames) {
        String poolId = uuid("pool:" + name);
        List<DataModel> models = java.util.Arrays.stream(modelNames)
                .map(m -> new DataModel(uuid("data-model:" + m), m, poolId))
                .toList();
        return new Pool(poolId, name, description, models);
    }

    private static String uuid(String name) {
        return UUID.nameUUIDFromBytes(("celonis-nb-emulator:" + name).getBytes(StandardCharsets.UTF_8))
                .toString().toLowerCase(Locale.ROOT);
    }
}
