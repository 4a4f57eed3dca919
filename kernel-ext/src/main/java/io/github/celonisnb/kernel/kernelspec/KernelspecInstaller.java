package io.github.celonisnb.kernel.kernelspec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes the "Java (celonis-nb)" kernelspec: a folder with {@code kernel.json} and the kernel's jar.
 *
 * <p>The spec is relocatable: {@code kernel.json} names the jar as {@code {resource_dir}/celonis-nb.jar},
 * which Jupyter replaces with the spec's folder, so the folder can be moved or copied as a whole. The class
 * data archive made at install ({@value #ARCHIVE_NAME}) only serves the folder it was made in; moved, the
 * kernel starts without it.
 */
public final class KernelspecInstaller {

    /** The kernel's name, as notebooks' {@code kernelspec.name} and nbconvert's {@code kernel_name} use it. */
    public static final String KERNEL_NAME = "celonis-nb";
    public static final String DISPLAY_NAME = "Java (celonis-nb)";
    static final String JAR_NAME = "celonis-nb.jar";
    static final String MAIN_CLASS = "io.github.celonisnb.kernel.KernelMain";
    static final String ARCHIVE_NAME = "celonis-nb.jsa";

    /** Whether {@link #install} makes a class data archive for the kernel's start-up. */
    public enum ClassData {
        /** Make one (a few seconds at install; the kernel then starts about a third faster). */
        ARCHIVE,
        /** Do not; the kernel starts without one. */
        NONE
    }

    private final ClassData classData;

    /** An installer that makes a class data archive. */
    public KernelspecInstaller() {
        this(ClassData.ARCHIVE);
    }

    public KernelspecInstaller(ClassData classData) {
        this.classData = classData;
    }

    /**
     * JVM flags for a notebook: the serial collector suits its short bursts, and class data sharing
     * reuses archived classes. Both JIT compilers stay on: capping it at C1 saved about 100 ms of
     * start-up but made every busy cell up to three times slower (a 100 MB print: 4.1 s instead of
     * 1.4 s), and the cells are what a data scientist waits for.
     */
    static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-Xshare:auto");

    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Installs the spec under {@code <kernelsRoot>/celonis-nb}, replacing an older one.
     *
     * @param kernelsRoot the {@code .../share/jupyter/kernels} folder
     * @param jar         the celonis-nb jar to copy into the spec
     * @param java        the {@code java} command the spec runs
     * @return the spec's folder
     */
    public Path install(Path kernelsRoot, Path jar, String java) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("The kernel jar " + jar + " does not exist; build it with `bin/celonis-nb` "
                    + "(which runs the Maven build) or `mvn -q package`.");
        }
        if (!holdsTheKernel(jar)) {
            throw new IOException(jar + " is not a celonis-nb jar (it has no " + MAIN_CLASS + "); pass "
                    + "kernel-ext/target/celonis-nb.jar, or leave --jar out.");
        }
        if (java.contains("/") && !Files.isExecutable(Path.of(java))) {
            throw new IOException("The java command " + java + " is not an executable file; pass the java of a "
                    + "JDK 17 or later, e.g. /usr/lib/jvm/java-17-openjdk-amd64/bin/java, or leave --java out.");
        }
        kernelsRoot = kernelsRoot.toAbsolutePath();
        Path spec = kernelsRoot.resolve(KERNEL_NAME);
        Files.createDirectories(spec);
        Path jarTemp = Files.createTempFile(spec, JAR_NAME, ".tmp");
        Files.copy(jar, jarTemp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(jarTemp, spec.resolve(JAR_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        boolean archived = classData == ClassData.ARCHIVE
                && ClassDataArchive.create(java, JVM_FLAGS, spec.resolve(JAR_NAME).toAbsolutePath(), spec.resolve(ARCHIVE_NAME));
        if (!archived) {
            Files.deleteIfExists(spec.resolve(ARCHIVE_NAME));
        }
        Path specTemp = Files.createTempFile(spec, "kernel.json", ".tmp");
        json.writeValue(specTemp.toFile(), kernelJson(java, archived));
        Files.move(specTemp, spec.resolve("kernel.json"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // Temp files are created readable by the owner only; a kernelspec is meant to be shared.
        for (Path file : List.of(spec.resolve("kernel.json"), spec.resolve(JAR_NAME))) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
        return spec;
    }

    private static boolean holdsTheKernel(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.getEntry(MAIN_CLASS.replace('.', '/') + ".class") != null;
        } catch (IOException notAZip) {
            return false;
        }
    }

    /** The {@code kernel.json} content; with {@code archived}, the JVM maps the class data archive beside the jar. */
    Map<String, Object> kernelJson(String java, boolean archived) {
        List<String> argv = new ArrayList<>();
        argv.add(java);
        argv.addAll(JVM_FLAGS);
        if (archived) {
            argv.add("-XX:SharedArchiveFile={resource_dir}/" + ARCHIVE_NAME);
        }
        argv.add("-cp");
        argv.add("{resource_dir}/" + JAR_NAME);
        argv.add(MAIN_CLASS);
        argv.add("{connection_file}");
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("argv", argv);
        spec.put("display_name", DISPLAY_NAME);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.put("env", Map.of());
        spec.put("metadata", Map.of("debugger", false));
        return spec;
    }

    /** {@code <prefix>/share/jupyter/kernels}, Jupyter's layout under a prefix. */
    public static Path kernelsUnderPrefix(Path prefix) {
        return prefix.resolve("share").resolve("jupyter").resolve("kernels");
    }

    /** The user's own kernels folder: {@code $JUPYTER_DATA_DIR/kernels} or {@code ~/.local/share/jupyter/kernels}. */
    public static Path userKernels(Map<String, String> env, Path home) {
        String dataDir = env.get("JUPYTER_DATA_DIR");
        if (dataDir != null && !dataDir.isBlank()) {
            return Path.of(dataDir).resolve("kernels");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("jupyter").resolve("kernels");
    }

    /** The {@code java} of the JVM running now: the same JDK the jar was tested with. */
    public static String currentJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
