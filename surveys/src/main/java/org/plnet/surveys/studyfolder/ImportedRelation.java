package org.plnet.surveys.studyfolder;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plnet.engine.input.SourceLocation;

/**
 * What a survey export tells about one of its relations: the question asked and the top of the answer scale,
 * as {@code plnet import} writes them into study.yaml. They apply only to a relation that study.yaml does not
 * set at all, and then as if study.yaml set them.
 *
 * @param name     the relation
 * @param question the survey question, if the export gives it
 * @param scaleMax the top of the answer scale (K), if known
 * @param from     the export, for messages
 */
public record ImportedRelation(String name, Optional<String> question, OptionalDouble scaleMax,
                               SourceLocation from) {

    public ImportedRelation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(scaleMax, "scaleMax");
        Objects.requireNonNull(from, "from");
    }

    /** The relation as if study.yaml set these values. */
    RelationSpec spec() {
        return new RelationSpec(name, from, question.filter(q -> !q.isBlank()).map(q -> new Setting<>(q, from))
                .orElse(null), null, scaleMax.isPresent() ? new Setting<>(scaleMax.getAsDouble(), from) : null,
                null, null);
    }
}
