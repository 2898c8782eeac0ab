package org.plnet.surveys.imports.matching;

import java.util.Objects;

/**
 * A roster person whose name resembles a typed name that matched no one.
 *
 * @param id         the person's roster id
 * @param name       the person's roster name
 * @param similarity the Jaro–Winkler similarity of the normalized names, in [0, 1]
 */
public record Suggestion(String id, String name, double similarity) {
    public Suggestion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
