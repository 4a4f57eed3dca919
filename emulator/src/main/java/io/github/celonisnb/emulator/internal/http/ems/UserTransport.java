package io.github.celonisnb.emulator.internal.http.ems;

import java.util.List;

/**
 * The body of {@code GET /api/cloud}, in the field names of EMS's {@code UserTransport}. The two
 * token fields exist in the real shape and are always {@code null} here.
 */
record UserTransport(String id, String name, String email, String nameOrEmail, String nameAndEmail,
                     String teamName, String teamId, String teamDomain, boolean active, boolean admin,
                     boolean analyst, boolean member, int role, int effectiveRole, List<String> groupIds,
                     String language, String timeZone, String apiToken, String token) {
}
