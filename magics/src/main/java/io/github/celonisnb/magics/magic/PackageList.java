package io.github.celonisnb.magics.magic;

import java.util.List;

import io.github.celonisnb.magics.ems.ContentNode;

/** The packages of one Studio space, in the server's order, as {@code space.packages()} returns them. */
public final class PackageList extends TabularList<ContentNode> {

    private static final List<String> COLUMNS = List.of("id", "key", "name", "permissions", "changed");

    private final String spaceName;

    PackageList(String spaceName, List<ContentNode> packages) {
        super(packages);
        this.spaceName = spaceName;
    }

    /** {@code Packages in space <name> (<n>)}. */
    @Override
    public String title() {
        return "Packages in space " + Cells.text(spaceName) + " (" + size() + ")";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    List<String> row(ContentNode node) {
        return List.of(Cells.text(node.id()), Cells.text(node.key()), Cells.text(node.name()),
                Cells.permissions(node.permissions()), Cells.text(node.changeDate()));
    }
}
