package io.github.celonisnb.magics.magic;

import java.util.List;

/** The Studio spaces the key may see, in the server's order, as {@code celonis.spaces()} returns them. */
public final class SpaceList extends TabularList<Space> {

    private static final List<String> COLUMNS = List.of("id", "name", "permissions", "created", "changed");

    SpaceList(List<Space> spaces) {
        super(spaces);
    }

    /** {@code Spaces (<n>)}. */
    @Override
    public String title() {
        return "Spaces (" + size() + ")";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    List<String> row(Space space) {
        return List.of(Cells.text(space.id()), Cells.text(space.name()), Cells.permissions(space.permissions()),
                Cells.text(space.creationDate()), Cells.text(space.changeDate()));
    }
}
