package org.plnet.surveys.imports.write;

import java.util.Comparator;
import org.plnet.engine.model.CodePointOrder;

/** A relation and wave of a study: what one import adds, and what two imports must not both add. */
public record RelationWave(String relation, String wave) {

    public static final Comparator<RelationWave> ORDER = Comparator.comparing(RelationWave::relation, CodePointOrder.INSTANCE)
            .thenComparing(RelationWave::wave, CodePointOrder.INSTANCE);

    @Override
    public String toString() {
        return "relation " + relation + ", wave " + wave;
    }
}
