package org.plnet.reports.html;

import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.model.Relation;
import org.plnet.engine.scoring.centrality.BetweennessSampling;
import org.plnet.engine.model.Study;

/** What every page of the reports shares. */
final class Pages {

    private Pages() {
    }

    static PageHeading heading(Study study, ComparedWaves waves, FlowWording flow) {
        GraphAnalysis now = waves.current();
        Relation relation = study.relation(now.relation());
        boolean register = fromRegister(study, now);
        return new PageHeading(study.name(), relation.name(), relation.question(), now.wave(),
                waves.previous() == null ? null : waves.previous().wave(), flow.arrowMeaning(),
                register ? registerNote(relation) : scaleNote(relation), register, samplingNote(now));
    }

    /** How betweenness was estimated, for researchers, or {@code null} when it is exact (the default). */
    static String samplingNote(GraphAnalysis now) {
        BetweennessSampling s = now.betweennessSampling();
        if (s == null) {
            return null;
        }
        return "Betweenness (in metrics.json and people.csv) was estimated from " + FigureText.count(s.samples())
                + " sampled shortest paths (Riondato & Kornaropoulos 2016, seed " + s.seed() + "): with probability "
                + plain(s.confidence()) + ", every person's normalised betweenness is within " + plain(s.epsilon())
                + " of its exact value. Closeness is exact.";
    }

    /** 0.9 as "0.9", 0.05 as "0.05": the value the user gave. */
    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /**
     * Whether the view's relation is projected from the attendance register (affiliations.md) rather than
     * asked in a survey: everyone on the roster then counts, and nobody "answered".
     */
    static boolean fromRegister(Study study, GraphAnalysis now) {
        return study.affiliations().filter(a -> a.relation().equals(now.relation())).isPresent();
    }

    /** "A tie counts the events two people both went to, up to 4; 2 or more counts as frequent." */
    static String registerNote(Relation relation) {
        return "A tie counts the events two people both went to, up to " + FigureText.round(relation.scaleMax(), 0)
                + "; " + FigureText.round(relation.strongTieMin(), 0) + " or more shared events count as a frequent"
                + " link, and tie strength runs from 0 (never met at an event) to 1 (the most shared events).";
    }

    /** "Answers ran from 1 to 4; an answer of 3 or more counts as frequent." */
    static String scaleNote(Relation relation) {
        return "Answers ran up to " + FigureText.round(relation.scaleMax(), 0) + " (the most often); an answer of "
                + FigureText.round(relation.strongTieMin(), 0) + " or more counts as a frequent link, and tie"
                + " strength runs from 0 (not in touch) to 1 (the top answer).";
    }
}
