package org.plnet.surveys.report;

import java.util.Objects;
import org.plnet.engine.model.Relation;

/**
 * The resolved settings of one relation and where each came from.
 *
 * @param relation           the settings as the analysis uses them
 * @param flowOrigin         where {@code flow} came from
 * @param scaleMaxOrigin     where {@code scaleMax} came from
 * @param tieMinOrigin       where {@code tieMin} came from
 * @param strongTieMinOrigin where {@code strongTieMin} came from
 */
public record RelationSettings(Relation relation, SettingOrigin flowOrigin, SettingOrigin scaleMaxOrigin,
                               SettingOrigin tieMinOrigin, SettingOrigin strongTieMinOrigin) {

    public RelationSettings {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(flowOrigin, "flowOrigin");
        Objects.requireNonNull(scaleMaxOrigin, "scaleMaxOrigin");
        Objects.requireNonNull(tieMinOrigin, "tieMinOrigin");
        Objects.requireNonNull(strongTieMinOrigin, "strongTieMinOrigin");
    }

    public String name() {
        return relation.name();
    }
}
