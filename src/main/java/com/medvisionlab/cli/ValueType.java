package com.medvisionlab.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** What an option value or parameter must look like; the parser checks it so commands get valid values. */
enum ValueType {
    TEXT("cli.error.invalid-value"),
    PATH("cli.error.invalid-path"),
    INTEGER("cli.error.not-an-integer"),
    DECIMAL("cli.error.not-a-number");

    private final String errorKey;

    ValueType(String errorKey) {
        this.errorKey = errorKey;
    }

    /** @throws UsageException naming {@code where} (an option or parameter label) and the rejected value */
    void check(String where, String value) {
        try {
            switch (this) {
                case TEXT -> {}
                case PATH -> Path.of(value);
                case INTEGER -> Integer.parseInt(value);
                case DECIMAL -> {
                    if (!Double.isFinite(Double.parseDouble(value))) {
                        throw new NumberFormatException(value);
                    }
                }
            }
        } catch (NumberFormatException | InvalidPathException e) {
            throw new UsageException(Text.of(errorKey, where, value));
        }
    }
}
