package io.github.celonisnb.kernel.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.celonisnb.kernel.git.Git;
import io.github.celonisnb.kernel.git.IgnoredFiles;

/**
 * Turns the paths on a command line into the notebooks to process. A file is taken as it is, whatever its name; a
 * directory is walked for {@code *.ipynb} files, skipping {@code .git}, {@code .ipynb_checkpoints} and, inside a git
 * work tree, whatever git ignores. Each notebook appears once, directories' notebooks in path order.
 */
final class NotebookFiles {

    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".ipynb_checkpoints");
    private static final String SUFFIX = ".ipynb";

    private final CliContext context;

    NotebookFiles(CliContext context) {
        this.context = context;
    }

    /**
     * The notebooks named by {@code arguments}.
     *
     * @throws NoSuchFileException naming the first argument that does not exist
     * @throws IOException         when a directory cannot be read
     */
    List<NotebookFile> expand(List<String> arguments) throws IOException {
        Map<Path, NotebookFile> files = new LinkedHashMap<>();
        for (String argument : arguments) {
            Path path = context.resolve(Path.of(argument));
            if (Files.isDirectory(path)) {
                for (NotebookFile file : walk(argument, path)) {
                    files.putIfAbsent(file.path(), file);
                }
            } else if (Files.exists(path)) {
                files.putIfAbsent(path, new NotebookFile(path, argument));
            } else {
                throw new NoSuchFileException(argument, null, "no such file or directory");
            }
        }
        return List.copyOf(files.values());
    }

    private List<NotebookFile> walk(String argument, Path directory) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(directory, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return !dir.equals(directory) && SKIPPED_FOLDERS.contains(dir.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE
                        : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && file.getFileName().toString().endsWith(SUFFIX)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(Comparator.comparing(Path::toString));
        Set<Path> ignored = IgnoredFiles.among(new Git(directory, context.environment()), found);
        Path typed = Path.of(argument);
        List<NotebookFile> files = new ArrayList<>();
        for (Path file : found) {
            if (!ignored.contains(file)) {
                String shown = typed.resolve(directory.relativize(file)).normalize().toString();
                files.add(new NotebookFile(file, shown));
            }
        }
        return files;
    }
}
