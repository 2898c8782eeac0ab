package org.plnet.reports;

import static org.plnet.reports.FigureColumn.Type.DOUBLE;
import static org.plnet.reports.FigureColumn.Type.INT;
import static org.plnet.reports.FigureColumn.Type.LONG;
import static org.plnet.reports.FigureColumn.Type.OPTIONAL_DOUBLE;

import java.util.List;
import org.plnet.engine.analysis.PersonFigures;
import org.plnet.engine.scoring.brokerage.BrokerageRole;

/**
 * The figures of a person (metrics.md, "Person figures") in the one order that metrics.json, people.csv
 * and the graph exports use: metrics.json nests {@link #BROKERAGE} in a {@code brokerage} object, where the
 * total is called {@code total}; people.csv has {@link #ALL}; the exports carry {@link #EXPORTED}.
 */
public final class PersonColumns {

    /** The figures directly in a person's object of metrics.json. */
    public static final List<FigureColumn<PersonFigures>> FIGURES = List.of(
            FigureColumn.of("inDegree", INT, PersonFigures::inDegree),
            FigureColumn.of("outDegree", INT, PersonFigures::outDegree),
            FigureColumn.of("inStrength", DOUBLE, PersonFigures::inStrength),
            FigureColumn.of("outStrength", DOUBLE, PersonFigures::outStrength),
            FigureColumn.of("betweenness", DOUBLE, PersonFigures::betweenness),
            FigureColumn.of("betweennessNormalized", DOUBLE, PersonFigures::betweennessNormalized),
            FigureColumn.of("closeness", DOUBLE, PersonFigures::closeness),
            FigureColumn.of("harmonicCloseness", DOUBLE, PersonFigures::harmonicCloseness),
            FigureColumn.of("eigenvector", OPTIONAL_DOUBLE, PersonFigures::eigenvector),
            FigureColumn.of("pageRank", DOUBLE, PersonFigures::pageRank),
            FigureColumn.of("constraint", OPTIONAL_DOUBLE, PersonFigures::constraint),
            FigureColumn.of("effectiveSize", OPTIONAL_DOUBLE, PersonFigures::effectiveSize));

    /** The brokerage total, {@code total} in the brokerage object of metrics.json. */
    public static final FigureColumn<PersonFigures> BROKERAGE_TOTAL =
            new FigureColumn<>("brokerageTotal", "total", LONG, f -> f.brokerage().total());

    /** The Gould–Fernandez counts, in a person's {@code brokerage} object of metrics.json. */
    public static final List<FigureColumn<PersonFigures>> BROKERAGE = List.of(
            FigureColumn.of("coordinator", LONG, f -> f.brokerage().coordinator()),
            FigureColumn.of("itinerant", LONG, f -> f.brokerage().itinerant()),
            FigureColumn.of("representative", LONG, f -> f.brokerage().representative()),
            FigureColumn.of("gatekeeper", LONG, f -> f.brokerage().gatekeeper()),
            FigureColumn.of("liaison", LONG, f -> f.brokerage().liaison()),
            BROKERAGE_TOTAL);

    /**
     * The z-score of each brokerage count against chance (statistics.md, section 1), flat in people.csv;
     * metrics.json writes the expectations, sd and z in objects of their own.
     */
    public static final List<FigureColumn<PersonFigures>> BROKERAGE_Z = List.of(
            brokerageZ("Coordinator", BrokerageRole.COORDINATOR),
            brokerageZ("Itinerant", BrokerageRole.ITINERANT),
            brokerageZ("Representative", BrokerageRole.REPRESENTATIVE),
            brokerageZ("Gatekeeper", BrokerageRole.GATEKEEPER),
            brokerageZ("Liaison", BrokerageRole.LIAISON),
            FigureColumn.of("brokerageZTotal", OPTIONAL_DOUBLE,
                    f -> f.brokerageChance() == null ? null : f.brokerageChance().z().total()));

    /** Every figure, as people.csv lists them after the roster's fields. */
    public static final List<FigureColumn<PersonFigures>> ALL = FigureColumn.concat(
            FigureColumn.concat(FIGURES, BROKERAGE), BROKERAGE_Z);

    /** The figures of the graph exports: all but the single brokerage roles. */
    public static final List<FigureColumn<PersonFigures>> EXPORTED =
            FigureColumn.concat(FIGURES, List.of(BROKERAGE_TOTAL));

    private PersonColumns() {
    }

    private static FigureColumn<PersonFigures> brokerageZ(String suffix, BrokerageRole role) {
        return FigureColumn.of("brokerageZ" + suffix, OPTIONAL_DOUBLE,
                f -> f.brokerageChance() == null ? null : f.brokerageChance().z().of(role));
    }
}
