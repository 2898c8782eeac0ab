package org.plnet.surveys.studyfolder;

import java.util.Objects;
import org.plnet.engine.input.SourceLocation;

/**
 * A value set in study.yaml and where.
 *
 * @param value the value
 * @param at    the location of the value
 */
public record Setting<T>(T value, SourceLocation at) {

    public Setting {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(at, "at");
    }
}
