package io.github.celonisnb.kernel.magic;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import io.github.spencerpark.jupyter.kernel.magic.registry.CellMagicFunction;
import io.github.spencerpark.jupyter.kernel.magic.registry.LineMagicFunction;
import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;

/**
 * The kernel's magics registry: basekernel's {@link Magics}, which keeps no list of what it holds, plus
 * the names of every line and cell magic registered, for {@code %lsmagic}.
 *
 * <p>Every way of registering ends in one of the three overridden methods (basekernel's reflective
 * {@code registerMagics(obj)} calls them too), so extensions that register through
 * {@code getMagics()} are listed as well.
 */
public final class MagicCatalog extends Magics {

    private final Set<String> lineNames = new ConcurrentSkipListSet<>();
    private final Set<String> cellNames = new ConcurrentSkipListSet<>();

    @Override
    public void registerLineMagic(String name, LineMagicFunction<?> magic) {
        super.registerLineMagic(name, magic);
        lineNames.add(name);
    }

    @Override
    public void registerCellMagic(String name, CellMagicFunction<?> magic) {
        super.registerCellMagic(name, magic);
        cellNames.add(name);
    }

    @Override
    public <T extends LineMagicFunction<?> & CellMagicFunction<?>> void registerLineCellMagic(String name, T magic) {
        super.registerLineCellMagic(name, magic);
        lineNames.add(name);
        cellNames.add(name);
    }

    /** The line magics' names, sorted, without the {@code %}. */
    public List<String> lineMagicNames() {
        return List.copyOf(lineNames);
    }

    /** The cell magics' names, sorted, without the {@code %%}. */
    public List<String> cellMagicNames() {
        return List.copyOf(cellNames);
    }
}
