package io.github.celonisnb.kernel.git;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Installs, removes and reports the {@code celonis-nb} clean filter and diff driver of one repository, or of the
 * user (git's global config). Install sets
 * <ul>
 *   <li>{@code filter.celonis-nb.process}: the long-running filter, one JVM for every file of a git command;</li>
 *   <li>{@code filter.celonis-nb.required = true}: a notebook the filter cannot clean fails the git command instead
 *       of being committed as it is;</li>
 *   <li>{@code diff.celonis-nb.textconv}: diffs show sanitized notebooks, also for commits made before;</li>
 *   <li>the line {@value #ATTRIBUTES_LINE} in an attributes file;</li>
 * </ul>
 * and removes {@code filter.celonis-nb.clean}, which the process filter replaces. Uninstall removes exactly these
 * entries and that line. Both can be run again safely.
 */
public final class FilterSetup {

    /** The name of the filter and of the diff driver. */
    public static final String DRIVER = "celonis-nb";
    /** The attributes line that sends notebooks through them. */
    public static final String ATTRIBUTES_LINE = "*.ipynb filter=" + DRIVER + " diff=" + DRIVER;
    static final String PROCESS = "filter." + DRIVER + ".process";
    static final String REQUIRED = "filter." + DRIVER + ".required";
    static final String CLEAN = "filter." + DRIVER + ".clean";
    static final String TEXTCONV = "diff." + DRIVER + ".textconv";

    /** Where the config entries go. */
    public enum Scope {
        /** The repository's own {@code .git/config}. */
        REPOSITORY("--local"),
        /** The user's global config ({@code ~/.gitconfig} or {@code $XDG_CONFIG_HOME/git/config}). */
        GLOBAL("--global");

        private final String option;

        Scope(String option) {
            this.option = option;
        }
    }

    private final Git git;
    private final Scope scope;
    private final AttributesFile attributes;

    private FilterSetup(Git git, Scope scope, Path attributesFile) {
        this.git = git;
        this.scope = scope;
        this.attributes = new AttributesFile(attributesFile);
    }

    /**
     * The setup of the repository that {@code git} runs in.
     *
     * @param attributesFile the attributes file to use, or null for the default
     * @param infoAttributes with no file given: {@code .git/info/attributes} (this clone only) instead of the
     *                       work tree's {@code .gitattributes}
     * @throws NotAGitRepositoryException when git's folder is in no work tree
     */
    public static FilterSetup forRepository(Git git, Path attributesFile, boolean infoAttributes)
            throws IOException, NotAGitRepositoryException {
        Path root = git.workTreeRoot().orElseThrow(() -> new NotAGitRepositoryException(git.directory()));
        Path file = attributesFile;
        if (file == null && infoAttributes) {
            GitResult path = git.run("rev-parse", "--git-path", "info/attributes");
            file = git.directory().resolve(path.out().strip()).normalize();
        } else if (file == null) {
            file = root.resolve(".gitattributes");
        }
        return new FilterSetup(git, Scope.REPOSITORY, file);
    }

    /**
     * The user's setup: global config, and the attributes file git reads for every repository
     * ({@code core.attributesFile}, else {@code $XDG_CONFIG_HOME/git/attributes}, else
     * {@code ~/.config/git/attributes}).
     *
     * @param attributesFile the attributes file to use, or null for git's global one
     */
    public static FilterSetup forUser(Git git, Path attributesFile, Map<String, String> environment, Path home)
            throws IOException {
        Path file = attributesFile != null ? attributesFile : globalAttributesFile(git, environment, home);
        return new FilterSetup(git, Scope.GLOBAL, file);
    }

    /** The attributes file this setup writes. */
    public Path attributesFile() {
        return attributes.path();
    }

    /**
     * Sets the config entries and adds the attributes line.
     *
     * @return what was done, one line each, for the user
     */
    public List<String> install(FilterCommands commands) throws IOException {
        Objects.requireNonNull(commands, "commands");
        List<String> done = new ArrayList<>();
        set(PROCESS, commands.process(), done);
        set(REQUIRED, "true", done);
        if (get(CLEAN).isPresent()) {
            config("--unset-all", CLEAN);
            done.add("removed " + CLEAN + " (the process filter takes its place)");
        }
        set(TEXTCONV, commands.textconv(), done);
        if (attributes.add(ATTRIBUTES_LINE)) {
            done.add("added '" + ATTRIBUTES_LINE + "' to " + attributes.path());
        } else {
            done.add("'" + ATTRIBUTES_LINE + "' is already in " + attributes.path());
        }
        return done;
    }

    /**
     * Removes the config entries install set and the attributes line.
     *
     * @return what was done, one line each, for the user
     */
    public List<String> uninstall() throws IOException {
        List<String> done = new ArrayList<>();
        for (String key : List.of(PROCESS, REQUIRED, TEXTCONV)) {
            if (get(key).isPresent()) {
                config("--unset-all", key);
                done.add("removed " + key);
            }
        }
        removeSectionIfEmpty("filter." + DRIVER);
        removeSectionIfEmpty("diff." + DRIVER);
        if (attributes.remove(ATTRIBUTES_LINE)) {
            done.add("removed '" + ATTRIBUTES_LINE + "' from " + attributes.path());
        }
        if (done.isEmpty()) {
            done.add("nothing to remove: the celonis-nb filter is not installed here");
        }
        return done;
    }

    /** Each piece of the setup, as git sees it now. */
    public SetupStatus status() throws IOException {
        List<SetupPiece> pieces = new ArrayList<>();
        pieces.add(present(PROCESS));
        Optional<String> required = getShown(REQUIRED);
        pieces.add(required.isEmpty() ? missing(REQUIRED)
                : isTrue(REQUIRED) ? new SetupPiece(REQUIRED, SetupPiece.State.OK, required.get())
                : new SetupPiece(REQUIRED, SetupPiece.State.MISSING, required.get()
                        + "; a failing filter would not stop a commit. Run celonis-nb git install."));
        Optional<String> clean = getShown(CLEAN);
        pieces.add(clean.isEmpty() ? new SetupPiece(CLEAN, SetupPiece.State.OK, "not set")
                : new SetupPiece(CLEAN, SetupPiece.State.UNEXPECTED, clean.get()
                        + "; git uses the process filter instead. Remove it with celonis-nb git install."));
        pieces.add(present(TEXTCONV));
        pieces.add(attributesPiece());
        return new SetupStatus(pieces);
    }

    private SetupPiece present(String key) throws IOException {
        Optional<String> value = getShown(key);
        return value.isEmpty() ? missing(key) : new SetupPiece(key, SetupPiece.State.OK, value.get());
    }

    private static SetupPiece missing(String key) {
        return new SetupPiece(key, SetupPiece.State.MISSING, "not set; run celonis-nb git install");
    }

    private SetupPiece attributesPiece() throws IOException {
        String where = attributes.contains(ATTRIBUTES_LINE) ? " (" + attributes.path() + ")" : "";
        if (scope == Scope.GLOBAL) {
            return where.isEmpty()
                    ? new SetupPiece("attributes", SetupPiece.State.MISSING, "'" + ATTRIBUTES_LINE + "' is not in "
                            + attributes.path() + "; run celonis-nb git install --global")
                    : new SetupPiece("attributes", SetupPiece.State.OK, ATTRIBUTES_LINE + where);
        }
        String filter = attribute("filter");
        String diff = attribute("diff");
        String effective = "*.ipynb: filter=" + filter + " diff=" + diff;
        if (filter.equals(DRIVER) && diff.equals(DRIVER)) {
            return new SetupPiece("attributes", SetupPiece.State.OK, effective + where);
        }
        if (filter.equals(DRIVER)) {
            return new SetupPiece("attributes", SetupPiece.State.UNEXPECTED, effective
                    + "; diffs do not use the celonis-nb textconv");
        }
        return new SetupPiece("attributes", SetupPiece.State.MISSING, effective + "; run celonis-nb git install");
    }

    /** The value git gives notebooks for an attribute: {@code celonis-nb}, {@code unspecified}, ... */
    private String attribute(String name) throws IOException {
        GitResult result = git.run("check-attr", name, "--", "notebook.ipynb");
        String out = result.out().strip();
        String marker = ": " + name + ": ";
        int at = out.indexOf(marker);
        return at < 0 ? "unspecified" : out.substring(at + marker.length()).strip();
    }

    private void set(String key, String value, List<String> done) throws IOException {
        config(key, value);
        done.add("set " + key + " = " + value);
    }

    private Optional<String> get(String key) throws IOException {
        GitResult result = config("--get", key);
        return result.succeeded() ? Optional.of(result.out().strip()) : Optional.empty();
    }

    private boolean isTrue(String key) throws IOException {
        GitResult result = scope == Scope.REPOSITORY
                ? git.run("config", "--type=bool", "--get", key)
                : git.run("config", scope.option, "--type=bool", "--get", key);
        return result.succeeded() && result.out().strip().equals("true");
    }

    /**
     * The value and where it comes from. For a repository, every config file git reads counts (a global install
     * serves the repository too); for the user, the global file only.
     */
    private Optional<String> getShown(String key) throws IOException {
        GitResult result = scope == Scope.REPOSITORY
                ? git.run("config", "--show-origin", "--get", key)
                : git.run("config", scope.option, "--show-origin", "--get", key);
        if (!result.succeeded()) {
            return Optional.empty();
        }
        String line = result.out().strip();
        int tab = line.indexOf('\t');
        return Optional.of(tab < 0 ? line : line.substring(tab + 1) + " (" + line.substring(0, tab) + ")");
    }

    private void removeSectionIfEmpty(String section) throws IOException {
        GitResult left = configAllowingFailure("--get-regexp", "^" + section.replace(".", "\\.") + "\\.");
        if (!left.succeeded()) {
            // Nothing is left in it; git would otherwise keep an empty [section] header.
            configAllowingFailure("--remove-section", section);
        }
    }

    /** Runs {@code git config <scope> args...}; exit 1 (key not found) is a result, other failures throw. */
    private GitResult config(String... args) throws IOException {
        GitResult result = configAllowingFailure(args);
        if (result.exitCode() > 1) {
            throw new IOException("git config " + String.join(" ", args) + " failed: " + result.stderr().strip());
        }
        return result;
    }

    private GitResult configAllowingFailure(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add("config");
        command.add(scope.option);
        command.addAll(List.of(args));
        return git.run(new byte[0], command);
    }

    private static Path globalAttributesFile(Git git, Map<String, String> environment, Path home) throws IOException {
        GitResult configured = git.run("config", "--global", "--type=path", "--get", "core.attributesFile");
        if (configured.succeeded() && !configured.out().isBlank()) {
            return Path.of(configured.out().strip());
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("git").resolve("attributes");
    }
}
