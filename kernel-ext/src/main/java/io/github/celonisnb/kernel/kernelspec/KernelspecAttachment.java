package io.github.celonisnb.kernel.kernelspec;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Makes an installed IJava or JJava kernelspec load the Celonis magics, and undoes it.
 *
 * <p>{@link #attach} copies the adapter jar into the spec's folder and adds it to the kernel's class path
 * variable (after any entries already there), plus, for IJava, the install call to its startup script
 * (after any script already there). The {@code kernel.json} as it was is kept beside it as
 * {@value #BACKUP_NAME}; every other entry stays as it was. {@link #detach} removes exactly those
 * additions and the copied jar.
 */
public final class KernelspecAttachment {

    /** The adapter jar's name inside the spec folder. */
    public static final String JAR_NAME = "celonis-nb-ijava.jar";
    /** The copy of {@code kernel.json} from before the first attach. */
    public static final String BACKUP_NAME = "kernel.json.before-celonis-nb";

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** What a change did. */
    public record Change(Path kernelJson, Path backup, boolean changed) {
    }

    /**
     * Adds the magics to the kernelspec in {@code specDir}; doing it twice changes nothing the second time.
     *
     * @throws KernelspecException when the folder holds no readable {@code kernel.json}
     */
    public Change attach(Path specDir, HostKernel host, Path adapterJar) throws IOException, KernelspecException {
        if (!Files.isRegularFile(adapterJar)) {
            throw new KernelspecException("The adapter jar " + adapterJar + " does not exist; build it with "
                    + "`mvn -q package` (it is kernel-ext/target/" + JAR_NAME + ") or pass --jar.");
        }
        Path kernelJson = specDir.resolve("kernel.json");
        ObjectNode spec = read(kernelJson);
        Path backup = specDir.resolve(BACKUP_NAME);
        if (!Files.exists(backup)) {
            Files.copy(kernelJson, backup);
        }
        Path jar = specDir.resolve(JAR_NAME).toAbsolutePath();
        Path temp = Files.createTempFile(specDir, JAR_NAME, ".tmp");
        Files.copy(adapterJar, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        ObjectNode env = env(spec);
        boolean changed = addToList(env, host.classpathVariable(), jar.toString(), File.pathSeparator);
        if (host.startupVariable().isPresent()) {
            changed |= addToList(env, host.startupVariable().get(), host.startupCall().get(), "\n");
        }
        if (changed) {
            write(kernelJson, spec);
        }
        return new Change(kernelJson, backup, changed);
    }

    /**
     * Removes what {@link #attach} added; entries the user had stay.
     *
     * @throws KernelspecException when the folder holds no readable {@code kernel.json}
     */
    public Change detach(Path specDir, HostKernel host) throws IOException, KernelspecException {
        Path kernelJson = specDir.resolve("kernel.json");
        ObjectNode spec = read(kernelJson);
        Path jar = specDir.resolve(JAR_NAME).toAbsolutePath();
        boolean changed = false;
        if (spec.get("env") instanceof ObjectNode env) {
            changed = removeFromList(env, host.classpathVariable(), jar.toString(), File.pathSeparator);
            if (host.startupVariable().isPresent()) {
                changed |= removeFromList(env, host.startupVariable().get(), host.startupCall().get(), "\n");
            }
        }
        if (changed) {
            write(kernelJson, spec);
        }
        Files.deleteIfExists(jar);
        return new Change(kernelJson, specDir.resolve(BACKUP_NAME), changed);
    }

    private ObjectNode read(Path kernelJson) throws IOException, KernelspecException {
        if (!Files.isRegularFile(kernelJson)) {
            throw new KernelspecException(kernelJson.getParent() + " is not a kernelspec: it has no kernel.json. "
                    + "List the installed ones with `jupyter kernelspec list`.");
        }
        try {
            JsonNode tree = json.readTree(kernelJson.toFile());
            if (tree instanceof ObjectNode object) {
                return object;
            }
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the file; the location is enough.
            throw new KernelspecException(kernelJson + " is not valid JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + "); nothing was changed.");
        }
        throw new KernelspecException(kernelJson + " is not a JSON object; nothing was changed.");
    }

    private void write(Path kernelJson, ObjectNode spec) throws IOException {
        Path temp = Files.createTempFile(kernelJson.getParent(), "kernel.json", ".tmp");
        json.writeValue(temp.toFile(), spec);
        Files.move(temp, kernelJson, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static ObjectNode env(ObjectNode spec) {
        return spec.get("env") instanceof ObjectNode env ? env : spec.putObject("env");
    }

    /** Appends {@code item} to the separator-joined list in {@code env[name]} unless it is there; the rest stays as written. */
    private static boolean addToList(ObjectNode env, String name, String item, String separator) {
        String raw = env.path(name).asText("");
        if (raw.isEmpty()) {
            env.put(name, item);
            return true;
        }
        if (segments(raw, separator).contains(item)) {
            return false;
        }
        env.put(name, raw + separator + item);
        return true;
    }

    /** Removes {@code item} and its separator from the list in {@code env[name]}; an emptied entry is removed. */
    private static boolean removeFromList(ObjectNode env, String name, String item, String separator) {
        List<String> items = segments(env.path(name).asText(""), separator);
        if (!items.remove(item)) {
            return false;
        }
        String rest = String.join(separator, items);
        if (rest.isEmpty()) {
            env.remove(name);
        } else {
            env.put(name, rest);
        }
        return true;
    }

    private static List<String> segments(String value, String separator) {
        return new ArrayList<>(Arrays.asList(value.split(java.util.regex.Pattern.quote(separator), -1)));
    }
}
