package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.WaveChange;

/**
 * The relation and wave that the HTML reports describe, and the wave they compare with.
 *
 * <p>Unless the user names them: the first relation by code point (the order of metrics.json), and its
 * latest wave by code point. The comparison is with the relation's wave just before, where there is one.
 *
 * @param current  the analysis the reports describe
 * @param previous the same relation's previous wave, or {@code null}
 * @param change   what changed from the previous wave to the current one, or {@code null}
 */
public record ComparedWaves(GraphAnalysis current, GraphAnalysis previous, WaveChange change) {

    /** The waves without the change between them. */
    public ComparedWaves(GraphAnalysis current, GraphAnalysis previous) {
        this(current, previous, null);
    }

    public ComparedWaves {
        java.util.Objects.requireNonNull(current);
        if (previous != null && !previous.relation().equals(current.relation())) {
            throw new IllegalArgumentException("the previous wave must be of the same relation");
        }
    }

    public Optional<GraphAnalysis> previousWave() {
        return Optional.ofNullable(previous);
    }

    /**
     * Chooses the relation and wave to report and the wave to compare with.
     *
     * @param relation the relation named by the user, or {@code null} for the default
     * @param wave     the wave named by the user, or {@code null} for the relation's latest
     * @throws IllegalArgumentException with a message for the user when the study has no such relation or
     *                                  wave, or no ties at all
     */
    public static ComparedWaves choose(StudyAnalysis analysis, String relation, String wave) {
        List<GraphAnalysis> all = analysis.analyses(); // sorted by relation, then wave, by code point
        if (all.isEmpty()) {
            throw new IllegalArgumentException("the study has no ties, so there is no network to report on");
        }
        String chosenRelation = relation == null ? all.get(0).relation() : relation;
        List<GraphAnalysis> waves = new ArrayList<>();
        for (GraphAnalysis layer : all) {
            if (layer.relation().equals(chosenRelation)) {
                waves.add(layer);
            }
        }
        if (waves.isEmpty()) {
            throw new IllegalArgumentException("no ties of relation \"" + relation + "\"; relations with ties: "
                    + String.join(", ", relations(analysis)));
        }
        int at = waves.size() - 1;
        if (wave != null) {
            at = -1;
            for (int i = 0; i < waves.size(); i++) {
                if (waves.get(i).wave().equals(wave)) {
                    at = i;
                }
            }
            if (at < 0) {
                List<String> names = waves.stream().map(GraphAnalysis::wave).toList();
                throw new IllegalArgumentException("no ties of relation \"" + chosenRelation + "\" in wave \"" + wave
                        + "\"; its waves: " + String.join(", ", names));
            }
        }
        GraphAnalysis current = waves.get(at);
        GraphAnalysis previous = at > 0 ? waves.get(at - 1) : null;
        WaveChange change = previous == null ? null : analysis.changes().stream()
                .filter(c -> c.relation().equals(current.relation()) && c.from().equals(previous.wave())
                        && c.to().equals(current.wave()))
                .findFirst().orElse(null);
        return new ComparedWaves(current, previous, change);
    }

    /** The relations that have ties, in code point order. */
    public static List<String> relations(StudyAnalysis analysis) {
        Set<String> names = new LinkedHashSet<>();
        analysis.analyses().forEach(l -> names.add(l.relation()));
        return List.copyOf(names);
    }
}
