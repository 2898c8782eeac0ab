package org.plnet.surveys.imports.folder;

import java.util.Comparator;
import org.plnet.engine.model.CodePointOrder;

/** A relation and wave of a study: what one import adds, and what two imports must not both add. */
public record Layer(String relation, String wave) {

    static final Comparator<Layer> ORDER = Comparator.comparing(Layer::relation, CodePointOrder.INSTANCE)
            .thenComparing(Layer::wave, CodePointOrder.INSTANCE);

    @Override
    public String toString() {
        return "relation " + relation + ", wave " + wave;
    }
}
