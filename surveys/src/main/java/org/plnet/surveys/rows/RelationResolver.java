package org.plnet.surveys.rows;

import java.util.List;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.Relation;
import org.plnet.surveys.report.ImportReport;
import org.plnet.surveys.report.RelationSettings;
import org.plnet.surveys.report.SettingOrigin;
import org.plnet.surveys.studyfolder.RelationSpec;
import org.plnet.surveys.studyfolder.Setting;

/**
 * Resolves the settings of one relation from study.yaml and the kept rows (school-links.md, "Relation
 * settings"): flow seek; scaleMax the largest weight of a kept row in any wave; tieMin any weight above 0;
 * strongTieMin {@link Relation#defaultStrongTieMin}.
 */
final class RelationResolver {

    private RelationResolver() {
    }

    /**
     * @param spec   what study.yaml sets, or {@code null}
     * @param layers the rows of the relation in every wave (may be empty)
     */
    static RelationSettings resolve(String name, RelationSpec spec, List<RelationWaveRows> layers,
                                    ImportReport.Builder report) {
        double largest = 0;
        int rows = 0;
        for (RelationWaveRows layer : layers) {
            largest = Math.max(largest, layer.maxWeight());
            rows += layer.rowsRead;
        }
        Setting<String> question = spec == null ? null : spec.question();
        Setting<Flow> flow = spec == null ? null : spec.flow();
        Setting<Double> scaleMax = spec == null ? null : spec.scaleMax();
        Setting<Double> tieMin = spec == null ? null : spec.tieMin();
        Setting<Double> strongTieMin = spec == null ? null : spec.strongTieMin();
        if (spec != null && rows == 0) {
            report.warning(spec.at(), "relation " + name + " has no rows in ties.csv"
                    + " (relation names must match the relation column exactly)");
        }

        double k;
        if (scaleMax != null) {
            k = scaleMax.value();
        } else {
            // no kept row: a scale of one step, raised to the thresholds study.yaml sets
            k = largest > 0 ? largest : 1;
            if (largest == 0) {
                k = Math.max(k, Math.max(value(tieMin), value(strongTieMin)));
            } else {
                aboveLargest(name, "tieMin", tieMin, largest, report);
                aboveLargest(name, "strongTieMin", strongTieMin, largest, report);
            }
        }
        double theta = tieMin == null ? Relation.ANY_POSITIVE : tieMin.value();
        double strong = strongTieMin == null ? Relation.defaultStrongTieMin(k) : strongTieMin.value();
        Relation relation = new Relation(name, question == null ? null : question.value(),
                flow == null ? Flow.SEEK : flow.value(), k, theta, strong);
        return new RelationSettings(relation, origin(flow), origin(scaleMax), origin(tieMin), origin(strongTieMin));
    }

    private static void aboveLargest(String relation, String key, Setting<Double> threshold, double largest,
                                     ImportReport.Builder report) {
        if (threshold != null && threshold.value() > largest) {
            report.warning(threshold.at(), relation + "." + key + " " + Decimal.text(threshold.value())
                    + " is above the largest weight of the relation in ties.csv (" + Decimal.text(largest)
                    + "): no tie reaches it");
        }
    }

    private static double value(Setting<Double> setting) {
        return setting == null ? 0 : setting.value();
    }

    private static SettingOrigin origin(Setting<?> setting) {
        return setting == null ? SettingOrigin.DEFAULT : SettingOrigin.STUDY_YAML;
    }
}
