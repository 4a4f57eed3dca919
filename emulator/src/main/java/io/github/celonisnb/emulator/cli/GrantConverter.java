package io.github.celonisnb.emulator.cli;

import io.github.celonisnb.emulator.Grant;
import io.github.celonisnb.emulator.InvalidGrantException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --grant service:PERM[,PERM...]}; a bad value is a usage error naming value and form. */
public final class GrantConverter implements ITypeConverter<Grant> {

    @Override
    public Grant convert(String value) {
        try {
            return Grant.parse(value);
        } catch (InvalidGrantException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
