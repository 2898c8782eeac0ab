package org.plnet.surveys.imports.write;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What an import knows about one relation for study.yaml.
 *
 * @param name     the relation's name
 * @param question the survey question, or {@code null}
 * @param scaleMax the top of its answer scale, when known
 */
public record RelationEntry(String name, String question, OptionalDouble scaleMax) {

    public RelationEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scaleMax, "scaleMax");
    }
}
