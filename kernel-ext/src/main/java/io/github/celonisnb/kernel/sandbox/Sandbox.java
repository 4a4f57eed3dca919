package io.github.celonisnb.kernel.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.github.celonisnb.emulator.EmsEmulator;
import io.github.celonisnb.emulator.EmulatorConfig;
import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.IssuedKey;
import io.github.celonisnb.emulator.KeyInfo;
import io.github.celonisnb.emulator.SeedData;
import io.github.celonisnb.kernel.CelonisKernel;
import io.github.celonisnb.kernel.demo.KeyFileWriter;
import io.github.celonisnb.magics.permissions.PermissionCatalog;

/**
 * A teaching sandbox inside the notebook: an EMS emulator in this kernel, and the steps of
 * Admin &amp; Settings → Applications as calls (new key, grant, revoke, delete), so a class can
 * practise least privilege without a tenant.
 *
 * <p>Keys go straight into key files in a private folder (mode 700) and are registered with the
 * kernel's redactor; the notebook never shows them.
 */
public final class Sandbox implements AutoCloseable {

    private final EmsEmulator emulator;
    private final Path keyFolder;

    private Sandbox(EmsEmulator emulator, Path keyFolder) {
        this.emulator = emulator;
        this.keyFolder = keyFolder;
    }

    /** Starts an emulator on a free loopback port, with a new private folder for key files. */
    public static Sandbox start() {
        try {
            Path folder = Files.createTempDirectory("celonis-nb-sandbox-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Sandbox sandbox = new Sandbox(EmsEmulator.start(EmulatorConfig.builder().port(0).build()), folder);
            System.out.println("EMS emulator running at " + sandbox.url() + " inside this kernel; key files go to "
                    + folder + ".");
            return sandbox;
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox cannot create its key folder in the temp folder", e);
        }
    }

    /** The emulator's address, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return emulator.baseUrl().toString();
    }

    /** Admin &amp; Settings → Applications → New Application Key: a key with no permissions. */
    public SandboxKey newApplicationKey(String name) {
        return keep(emulator.createApplicationKey(name, List.of()), "application key");
    }

    /** A user key of a (new) user; an admin user holds every Admin &amp; Settings right. */
    public SandboxKey newUserKey(String name, String email, boolean admin) {
        return keep(emulator.createUserKey(name, email, admin, List.of()), "user key");
    }

    private SandboxKey keep(IssuedKey key, String type) {
        CelonisKernel kernel = CelonisKernel.getKernelInstance();
        if (kernel != null) {
            kernel.secrets().registerValue(key.value(), type.startsWith("user") ? "celonis-user-key" : "celonis-app-key");
        }
        Path file = keyFolder.resolve(safeFileName(key.name()) + "-" + key.id().substring(0, 8) + ".json");
        try {
            KeyFileWriter.write(file, url(), key.value());
        } catch (IOException e) {
            throw new UncheckedIOException("The sandbox cannot write the key file " + file, e);
        }
        System.out.println("Created " + type + " '" + key.name() + "'. EMS shows a new key once, to copy; "
                + "here it went straight into " + file + " (mode 600) and is shown nowhere.");
        return new SandboxKey(key.id(), key.name(), type, file);
    }

    /**
     * Permissions → tick boxes: grants such as {@code "event-collection:USE_ALL_DATA_MODELS,EDIT_ALL_DATA_POOLS"}
     * or, on one pool, {@code "event-collection:pool/<id>:USE_ALL_DATA_MODELS"} (see {@link #poolId}).
     */
    public void grant(SandboxKey key, String... grants) {
        showPermissions(emulator.grant(key.id(), parse(grants)));
    }

    /** Takes permissions away again, written as for {@link #grant}. */
    public void revoke(SandboxKey key, String... grants) {
        showPermissions(emulator.revoke(key.id(), parse(grants)));
    }

    /** Applications → Delete: the key stops working at once, for every notebook that holds it. */
    public void deleteKey(SandboxKey key) {
        emulator.deleteKey(key.id());
        System.out.println("Deleted " + key.type() + " '" + key.name() + "'. Every call with it is now refused (401).");
    }

    /** View Permissions: what the key was granted, in the UI's words. */
    public void viewPermissions(SandboxKey key) {
        showPermissions(emulator.keys().stream().filter(k -> k.id().equals(key.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key + " no longer exists in the sandbox.")));
    }

    /** The id of a seeded data pool, by its name or a part of it (case-insensitive). */
    public String poolId(String nameOrPart) {
        String wanted = nameOrPart.toLowerCase(Locale.ROOT);
        return SeedData.pools().stream().filter(p -> p.name().toLowerCase(Locale.ROOT).contains(wanted))
                .findFirst().map(SeedData.Pool::id)
                .orElseThrow(() -> new IllegalArgumentException("No data pool named like '" + nameOrPart + "'; the sandbox has "
                        + SeedData.pools().stream().map(SeedData.Pool::name).collect(Collectors.joining(", ")) + "."));
    }

    /** The id of a seeded Studio space, by its exact name (e.g. {@code Default}). */
    public String spaceId(String name) {
        return SeedData.spaces().stream().filter(s -> s.name().equals(name)).findFirst().map(SeedData.Space::id)
                .orElseThrow(() -> new IllegalArgumentException("No space named '" + name + "'; the sandbox has "
                        + SeedData.spaces().stream().map(SeedData.Space::name).collect(Collectors.joining(", ")) + "."));
    }

    private static List<Grant> parse(String... grants) {
        return Arrays.stream(grants).map(Grant::parse).toList();
    }

    private static void showPermissions(KeyInfo info) {
        System.out.println("Permissions of '" + info.name() + "':");
        if (info.grants().isEmpty()) {
            System.out.println("  No permissions found");
            return;
        }
        for (Grant g : info.grants()) {
            String where = g.object().map(o -> " on " + o.type().word() + " " + objectName(o.id()))
                    .orElse("");
            String names = g.permissions().stream()
                    .map(p -> PermissionCatalog.find(g.service(), p).map(c -> c.description() + " (" + p + ")").orElse(p))
                    .collect(Collectors.joining(", "));
            System.out.println("  " + g.service().displayName() + where + ": " + names);
        }
    }

    private static String objectName(String id) {
        return SeedData.pools().stream().filter(p -> p.id().equals(id)).map(p -> "'" + p.name() + "'").findFirst()
                .or(() -> SeedData.spaces().stream().filter(s -> s.id().equals(id)).map(s -> "'" + s.name() + "'").findFirst())
                .orElse(id);
    }

    private static String safeFileName(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "-");
        return safe.isEmpty() ? "key" : safe;
    }

    /** Stops the emulator; the key files stay until the temp folder is cleaned. */
    @Override
    public void close() {
        emulator.close();
    }

    @Override
    public String toString() {
        return "Sandbox[" + url() + "]";
    }
}
