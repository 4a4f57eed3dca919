package io.github.celonisnb.magics.credentials;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks where a key file lies before its key is used: a file git tracks is refused; a file inside a git work
 * tree that git does not ignore, and a file its group or others may read, are warned about, each with the line
 * or command that fixes it. Git is asked through the {@code git} command; without git, only the mode is checked.
 * The file's content is never read here.
 */
public final class KeyFileSafety {

    private KeyFileSafety() {
    }

    /**
     * Checks one key file.
     *
     * @return the warnings, in the order: not ignored, readable by others; empty when all is well
     * @throws KeyFileTrackedException when git tracks the file
     */
    public static List<KeyFileWarning> check(Path file) throws KeyFileTrackedException {
        Path located = locate(file);
        List<KeyFileWarning> warnings = new ArrayList<>();
        Optional<GitWorkTree> tree = GitWorkTree.containing(located.getParent());
        if (tree.isPresent()) {
            Path root = tree.get().root();
            String relative = relativePath(root, located);
            if (tree.get().tracks(relative)) {
                throw new KeyFileTrackedException(located, root, relative);
            }
            if (!tree.get().ignores(relative)) {
                String line = ignoreLine(relative);
                warnings.add(new KeyFileWarning(KeyFileWarning.Kind.NOT_IGNORED, located, "Key file " + located
                        + " is inside the git work tree " + root + " and git does not ignore it, so a `git add`"
                        + " could commit the key. Add this line to " + root.resolve(".gitignore") + ": " + line,
                        line));
            }
        }
        readableByOthers(located).ifPresent(warnings::add);
        return List.copyOf(warnings);
    }

    /** The {@code .gitignore} line that ignores exactly this path: anchored, wildcards and spaces escaped. */
    static String ignoreLine(String relativePath) {
        StringBuilder line = new StringBuilder("/");
        for (int i = 0; i < relativePath.length(); i++) {
            char c = relativePath.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '\\' || c == ' ' || c == '!' || c == '#') {
                line.append('\\');
            }
            line.append(c);
        }
        return line.toString();
    }

    private static Optional<KeyFileWarning> readableByOthers(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null) {
            return Optional.empty();
        }
        Set<PosixFilePermission> mode;
        try {
            mode = view.readAttributes().permissions();
        } catch (IOException e) {
            return Optional.empty();
        }
        boolean group = mode.contains(PosixFilePermission.GROUP_READ);
        boolean others = mode.contains(PosixFilePermission.OTHERS_READ);
        if (!group && !others) {
            return Optional.empty();
        }
        String who = group && others ? "its group and all other users" : group ? "its group" : "all other users";
        String command = "chmod 600 " + ShellWords.quote(file.toString());
        return Optional.of(new KeyFileWarning(KeyFileWarning.Kind.READABLE_BY_OTHERS, file, "Key file " + file
                + " can be read by " + who + " (mode " + octal(mode) + "), so the key is not yours alone. Make it"
                + " private with: " + command, command));
    }

    /** The file by its real folder, so that git's top folder (a real path) and the file compare. */
    private static Path locate(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        try {
            return parent.toRealPath().resolve(absolute.getFileName());
        } catch (IOException e) {
            return absolute;
        }
    }

    private static String relativePath(Path root, Path file) {
        Path realRoot;
        try {
            realRoot = root.toRealPath(LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            realRoot = root;
        }
        return realRoot.relativize(file).toString().replace(File.separatorChar, '/');
    }

    private static String octal(Set<PosixFilePermission> mode) {
        int bits = 0;
        for (PosixFilePermission p : mode) {
            bits |= 1 << (8 - p.ordinal());
        }
        return String.format("%03o", bits);
    }
}
