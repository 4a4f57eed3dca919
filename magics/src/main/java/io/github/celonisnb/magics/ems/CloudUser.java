package io.github.celonisnb.magics.ems;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Who the key belongs to, from {@code GET /api/cloud}. For an application key, the name is the application's.
 * Every field may be null. The server's {@code apiToken} and {@code token} fields are deliberately not read.
 *
 * @param id the user's (or application's) id
 * @param name the display name
 * @param email the e-mail address; null for an application key
 * @param nameOrEmail the name if set, else the e-mail address
 * @param nameAndEmail both, e.g. {@code Alice Example (alice@example.test)}
 * @param teamName the team's name
 * @param teamId the team's id
 * @param teamDomain the team's domain, the first label of its host name
 * @param admin whether the key's owner is a team admin
 * @param analyst whether the key's owner is an analyst
 * @param member whether the key's owner is a member
 * @param active whether the account is active
 * @param language the preferred language, e.g. {@code en}
 * @param timeZone the time zone, e.g. {@code UTC}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CloudUser(String id, String name, String email, String nameOrEmail, String nameAndEmail,
        String teamName, String teamId, String teamDomain, Boolean admin, Boolean analyst, Boolean member,
        Boolean active, String language, String timeZone) {

    /** The best name to greet with: {@code nameOrEmail}, else {@code name}, else {@code email}, else the id. */
    public String displayName() {
        for (String candidate : new String[] {nameOrEmail, name, email, id}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return "";
    }
}
