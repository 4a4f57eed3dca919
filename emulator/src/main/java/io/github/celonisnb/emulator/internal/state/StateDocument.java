package io.github.celonisnb.emulator.internal.state;

import java.util.List;

/**
 * The state file's JSON shape. Grants are written in their textual form
 * ({@code service:PERM[,PERM...]}); keys only as SHA-256 hex digests.
 */
record StateDocument(int version, TeamDocument team, List<ApplicationDocument> applications,
                     List<UserDocument> users, List<KeyDocument> keys) {

    /** The version this emulator writes and reads. */
    static final int CURRENT_VERSION = 1;

    record TeamDocument(String id, String name, String domain) {
    }

    record ApplicationDocument(String id, String name, List<String> grants) {
    }

    record UserDocument(String id, String name, String email, boolean admin, List<String> grants) {
    }

    record KeyDocument(String id, String type, String owner, String sha256, String createdAt) {
    }
}
