package io.github.celonisnb.magics.permissions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which policy a notebook run is measured against (named in messages as the user wrote it, so that a
 * saved notebook shows no machine's paths):
 * <ol>
 *   <li>{@code --policy FILE} (relative to the working folder), joined with any {@code --require}/{@code --allow};</li>
 *   <li>else {@code --require}/{@code --allow} alone;</li>
 *   <li>else {@value PolicyReader#DEFAULT_FILE_NAME} in the working folder (beside the notebook: Jupyter starts
 *       the kernel in the notebook's folder), when it exists;</li>
 *   <li>else none.</li>
 * </ol>
 */
public final class PolicyLocator {

    private PolicyLocator() {
    }

    /**
     * The policy, if any.
     *
     * @param workingDirectory the folder relative paths and the default file are taken from
     * @param policyFile       the file given with {@code --policy}, or null
     * @param required         the values of {@code --require}
     * @param allowed          the values of {@code --allow}
     * @throws InvalidPolicyException when a given file or option value is not a valid policy, or the default file
     *     exists and is not
     */
    public static Optional<Policy> find(Path workingDirectory, Path policyFile, List<String> required,
            List<String> allowed) throws InvalidPolicyException {
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        boolean specs = !required.isEmpty() || !allowed.isEmpty();
        if (policyFile != null) {
            Policy fromFile = PolicyReader.read(workingDirectory.resolve(policyFile), policyFile.toString());
            return Optional.of(specs ? fromFile.and(PolicySpecs.of(required, allowed)) : fromFile);
        }
        if (specs) {
            return Optional.of(PolicySpecs.of(required, allowed));
        }
        Path beside = workingDirectory.resolve(PolicyReader.DEFAULT_FILE_NAME);
        if (Files.isRegularFile(beside)) {
            return Optional.of(PolicyReader.read(beside, PolicyReader.DEFAULT_FILE_NAME));
        }
        return Optional.empty();
    }
}
