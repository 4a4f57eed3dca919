package io.github.celonisnb.kernel.builtin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.github.celonisnb.kernel.magic.MagicCatalog;

class LsMagicTest {

    @Test
    void listsLineAndCellMagicsSortedInIPythonsLayout() throws Exception {
        MagicCatalog catalog = new MagicCatalog();
        catalog.registerLineMagic("maven", args -> null);
        catalog.registerLineMagic("jars", args -> null);
        catalog.registerCellMagic("html", (args, body) -> null);
        RecordingOutput out = new RecordingOutput();

        new LsMagic(catalog, out).lsmagic(List.of());

        assertEquals(List.of("Available line magics:\n%jars  %maven\n\nAvailable cell magics:\n%%html\n\n"
                + "Every magic takes --help, e.g. %maven --help."), out.info);
    }

    @Test
    void magicsRegisteredByReflectionAreListedToo() {
        MagicCatalog catalog = new MagicCatalog();
        catalog.registerMagics(new Object() {
            @io.github.spencerpark.jupyter.kernel.magic.registry.LineMagic("from_extension")
            public String fromExtension(List<String> args) {
                return "";
            }
        });

        assertEquals(List.of("from_extension"), catalog.lineMagicNames());
        assertEquals("Available line magics:\n%from_extension\n\nAvailable cell magics:\n(none)\n\n"
                + "Every magic takes --help, e.g. %maven --help.", new LsMagic(catalog, new RecordingOutput()).listing());
    }
}
