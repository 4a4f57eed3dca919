package io.github.celonisnb.magics.magic;

import java.util.List;
import java.util.Objects;

import io.github.celonisnb.magics.ems.CloudUser;

/**
 * Who the key belongs to, as {@code celonis.whoami()} returns it: the {@link CloudUser} of {@code GET /api/cloud}
 * with its fields at hand, shown as a field/value table. For an application key the name is the application's.
 *
 * @param user the answer of {@code GET /api/cloud}
 */
public record KeyOwner(CloudUser user) implements Tabular {

    public KeyOwner {
        Objects.requireNonNull(user, "user");
    }

    /** The user's (or application's) id. */
    public String id() {
        return user.id();
    }

    /** The display name. */
    public String name() {
        return user.name();
    }

    /** The e-mail address; null for an application key. */
    public String email() {
        return user.email();
    }

    /** The name if set, else the e-mail address. */
    public String nameOrEmail() {
        return user.nameOrEmail();
    }

    /** The best name to greet with ({@link CloudUser#displayName()}). */
    public String displayName() {
        return user.displayName();
    }

    /** The team's name. */
    public String teamName() {
        return user.teamName();
    }

    /** The team's domain, the first label of its host name. */
    public String teamDomain() {
        return user.teamDomain();
    }

    /** Whether the key's owner is a team admin; null when EMS did not say. */
    public Boolean admin() {
        return user.admin();
    }

    /** {@code Key owner: <name>}. */
    @Override
    public String title() {
        return "Key owner: " + displayName();
    }

    @Override
    public List<String> columns() {
        return Cells.FIELD_VALUE;
    }

    @Override
    public List<List<String>> rows() {
        return new Cells.FieldRows()
                .add("id", user.id())
                .add("name", user.name())
                .add("email", user.email())
                .add("team", user.teamName())
                .add("team id", user.teamId())
                .add("team domain", user.teamDomain())
                .add("admin", user.admin())
                .add("analyst", user.analyst())
                .add("member", user.member())
                .add("active", user.active())
                .add("language", user.language())
                .add("time zone", user.timeZone())
                .rows();
    }

    /** The table as text ({@link #toText()}). */
    @Override
    public String toString() {
        return toText();
    }
}
