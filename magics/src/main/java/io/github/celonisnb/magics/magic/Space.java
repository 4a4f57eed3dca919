package io.github.celonisnb.magics.magic;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.github.celonisnb.magics.ems.ContentNode;
import io.github.celonisnb.magics.ems.EmsClient;
import io.github.celonisnb.magics.ems.SpaceData;

/**
 * One Studio space, as {@code celonis.spaces()} and {@code celonis.defaultSpace()} return it: the space's
 * {@link SpaceData} and the session's client, so that {@code celonis.defaultSpace().packages()} can ask EMS for
 * its packages. Shows as a field/value table.
 *
 * <p>The data is immutable; {@link #packages()} asks EMS each time. Two spaces are equal when their data is;
 * the client takes no part in equality or in the text, and once its session is logged out
 * {@link #packages()} fails saying so.
 */
public final class Space implements Tabular {

    private final SpaceData data;
    private final EmsClient client;

    Space(SpaceData data, EmsClient client) {
        this.data = Objects.requireNonNull(data, "data");
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The space as EMS described it. */
    public SpaceData data() {
        return data;
    }

    /** The space's id. */
    public String id() {
        return data.id();
    }

    /** The space's name, e.g. {@code Default}. */
    public String name() {
        return data.name();
    }

    /** The description; may be null. */
    public String description() {
        return data.description();
    }

    /** What the key may do in this space, e.g. {@code USE}. */
    public List<String> permissions() {
        return data.permissions();
    }

    /** When the space was created; may be null. */
    public Instant creationDate() {
        return data.creationDate();
    }

    /** When the space was last changed; may be null. */
    public Instant changeDate() {
        return data.changeDate();
    }

    /**
     * The packages in this space, fresh from {@code GET /package-manager/api/nodes/tree?spaceId=<id>}: the
     * nodes whose {@code nodeType} is {@code PACKAGE}, in the server's order.
     *
     * @throws IllegalStateException when EMS gave the space no id, or the session has been logged out
     * @throws io.github.celonisnb.magics.ems.PermissionDeniedException when the key may not read the space; the
     *     message says it needs USE on it
     */
    public PackageList packages() {
        if (data.id() == null) {
            throw new IllegalStateException("EMS listed the space '" + data.name() + "' without an id, so its"
                    + " packages cannot be asked for; list the spaces again with celonis.spaces()");
        }
        List<ContentNode> packages = client.contentNodes(data.id()).stream().filter(ContentNode::isPackage).toList();
        return new PackageList(data.name(), packages);
    }

    /** {@code Space: <name>}. */
    @Override
    public String title() {
        return "Space: " + Cells.text(data.name());
    }

    @Override
    public List<String> columns() {
        return Cells.FIELD_VALUE;
    }

    @Override
    public List<List<String>> rows() {
        return new Cells.FieldRows()
                .add("id", data.id())
                .add("name", data.name())
                .add("description", data.description())
                .add("icon", data.iconReference())
                .addPermissions("permissions", data.permissions())
                .add("created", data.creationDate())
                .add("changed", data.changeDate())
                .add("created by", data.createdBy())
                .add("object id", data.objectId())
                .rows();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Space space && space.data.equals(data);
    }

    @Override
    public int hashCode() {
        return data.hashCode();
    }

    /** The table as text ({@link #toText()}). */
    @Override
    public String toString() {
        return toText();
    }
}
