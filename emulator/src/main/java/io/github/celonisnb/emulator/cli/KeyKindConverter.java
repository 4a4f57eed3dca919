package io.github.celonisnb.emulator.cli;

import io.github.celonisnb.emulator.KeyKind;
import io.github.celonisnb.emulator.internal.SafeText;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --type app|user} in any letter case. */
public final class KeyKindConverter implements ITypeConverter<KeyKind> {

    @Override
    public KeyKind convert(String value) {
        String lower = value.trim().toLowerCase(Locale.ROOT);
        for (KeyKind kind : KeyKind.values()) {
            if (kind.shortName().equals(lower)) {
                return kind;
            }
        }
        throw new TypeConversionException("Unknown key type " + SafeText.quote(value) + ": expected app or user.");
    }
}
