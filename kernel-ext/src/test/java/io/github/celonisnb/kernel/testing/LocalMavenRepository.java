package io.github.celonisnb.kernel.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A Maven local repository laid out on disk by a test: small artifacts compiled from Java source on the
 * spot, each with a POM that may declare dependencies, as {@code mvn install} would leave them.
 */
public final class LocalMavenRepository {

    private final Path root;
    private final Path work;

    public LocalMavenRepository(Path root, Path work) {
        this.root = root;
        this.work = work;
    }

    public Path root() {
        return root;
    }

    /**
     * Compiles one class and installs it as {@code group:artifact:version}.
     *
     * @param className    the class's binary name, e.g. {@code demo.Greeter}
     * @param source       its source
     * @param dependencies {@code group:artifact:version} of artifacts this one depends on (compile scope),
     *                     already installed; they are also on the compile path
     */
    public Path install(String group, String artifact, String version, String className, String source,
                        List<String> dependencies) throws IOException {
        Path src = work.resolve(artifact + "-src");
        Path classes = work.resolve(artifact + "-classes");
        Path file = src.resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(file.getParent());
        Files.createDirectories(classes);
        Files.writeString(file, source);
        StringBuilder cp = new StringBuilder();
        for (String dep : dependencies) {
            String[] g = dep.split(":");
            cp.append(cp.length() == 0 ? "" : java.io.File.pathSeparator).append(jarPath(g[0], g[1], g[2]));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = cp.length() == 0
                ? javac.run(null, null, null, "--release", "17", "-d", classes.toString(), file.toString())
                : javac.run(null, null, null, "--release", "17", "-cp", cp.toString(), "-d", classes.toString(), file.toString());
        if (rc != 0) {
            throw new IllegalStateException("The fixture source for " + className + " does not compile.");
        }
        Path jar = jarPath(group, artifact, version);
        Files.createDirectories(jar.getParent());
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os)) {
            try (var files = Files.walk(classes)) {
                for (Path c : files.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                    out.write(Files.readAllBytes(c));
                    out.closeEntry();
                }
            }
        }
        StringBuilder deps = new StringBuilder();
        for (String dep : dependencies) {
            String[] g = dep.split(":");
            deps.append("    <dependency><groupId>").append(g[0]).append("</groupId><artifactId>").append(g[1])
                    .append("</artifactId><version>").append(g[2]).append("</version></dependency>\n");
        }
        Files.writeString(jar.resolveSibling(artifact + "-" + version + ".pom"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">\n"
                        + "  <modelVersion>4.0.0</modelVersion>\n  <groupId>" + group + "</groupId>\n  <artifactId>" + artifact
                        + "</artifactId>\n  <version>" + version + "</version>\n  <dependencies>\n" + deps
                        + "  </dependencies>\n</project>\n", StandardCharsets.UTF_8);
        return jar;
    }

    /** Writes a {@code settings.xml} whose local repository is this one; {@code offline} as given. */
    public Path settings(Path file, boolean offline) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<settings>\n  <localRepository>" + root + "</localRepository>\n  <offline>" + offline
                + "</offline>\n</settings>\n");
        return file;
    }

    Path jarPath(String group, String artifact, String version) {
        return root.resolve(group.replace('.', '/')).resolve(artifact).resolve(version)
                .resolve(artifact + "-" + version + ".jar");
    }
}
