package org.plnet.reports;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.plnet.engine.analysis.PersonFigures;

/**
 * The figures of a person (metrics.md, "Person figures") under their public names, in the one order that
 * metrics.json, people.csv and the graph exports all use: metrics.json nests the {@link Group#BROKERAGE}
 * columns in a {@code brokerage} object (where the total is called {@code total}), the exports carry the
 * {@link Group#FIGURE} columns and the brokerage total only.
 */
public enum PersonColumn {

    IN_DEGREE("inDegree", Type.INT, Group.FIGURE, PersonFigures::inDegree),
    OUT_DEGREE("outDegree", Type.INT, Group.FIGURE, PersonFigures::outDegree),
    IN_STRENGTH("inStrength", Type.DOUBLE, Group.FIGURE, PersonFigures::inStrength),
    OUT_STRENGTH("outStrength", Type.DOUBLE, Group.FIGURE, PersonFigures::outStrength),
    BETWEENNESS("betweenness", Type.DOUBLE, Group.FIGURE, PersonFigures::betweenness),
    BETWEENNESS_NORMALIZED("betweennessNormalized", Type.DOUBLE, Group.FIGURE, PersonFigures::betweennessNormalized),
    CLOSENESS("closeness", Type.DOUBLE, Group.FIGURE, PersonFigures::closeness),
    HARMONIC_CLOSENESS("harmonicCloseness", Type.DOUBLE, Group.FIGURE, PersonFigures::harmonicCloseness),
    EIGENVECTOR("eigenvector", Type.OPTIONAL_DOUBLE, Group.FIGURE, PersonFigures::eigenvector),
    PAGE_RANK("pageRank", Type.DOUBLE, Group.FIGURE, PersonFigures::pageRank),
    CONSTRAINT("constraint", Type.OPTIONAL_DOUBLE, Group.FIGURE, PersonFigures::constraint),
    EFFECTIVE_SIZE("effectiveSize", Type.OPTIONAL_DOUBLE, Group.FIGURE, PersonFigures::effectiveSize),
    COORDINATOR("coordinator", Type.LONG, Group.BROKERAGE, f -> f.brokerage().coordinator()),
    ITINERANT("itinerant", Type.LONG, Group.BROKERAGE, f -> f.brokerage().itinerant()),
    REPRESENTATIVE("representative", Type.LONG, Group.BROKERAGE, f -> f.brokerage().representative()),
    GATEKEEPER("gatekeeper", Type.LONG, Group.BROKERAGE, f -> f.brokerage().gatekeeper()),
    LIAISON("liaison", Type.LONG, Group.BROKERAGE, f -> f.brokerage().liaison()),
    BROKERAGE_TOTAL("brokerageTotal", Type.LONG, Group.BROKERAGE, f -> f.brokerage().total());

    /** A column's values. */
    public enum Type {
        INT,
        LONG,
        DOUBLE,
        /** A double that is {@code null} where the figure is undefined. */
        OPTIONAL_DOUBLE
    }

    /** Where a column sits in metrics.json. */
    public enum Group {
        /** Directly in the person's object. */
        FIGURE,
        /** In the person's {@code brokerage} object. */
        BROKERAGE
    }

    private final String label;
    private final Type type;
    private final Group group;
    private final Function<PersonFigures, Number> value;

    PersonColumn(String label, Type type, Group group, Function<PersonFigures, Number> value) {
        this.label = label;
        this.type = type;
        this.group = group;
        this.value = value;
    }

    /** The column's name in people.csv and the exports. */
    public String label() {
        return label;
    }

    /** The field's name inside its object of metrics.json. */
    public String jsonName() {
        return this == BROKERAGE_TOTAL ? "total" : label;
    }

    public Type type() {
        return type;
    }

    public Group group() {
        return group;
    }

    /** The person's value: an Integer, Long or Double, {@code null} when undefined. */
    public Number of(PersonFigures figures) {
        return value.apply(figures);
    }

    /** The columns of one group, in order. */
    public static List<PersonColumn> of(Group group) {
        return Arrays.stream(values()).filter(c -> c.group == group).toList();
    }

    /** The columns the graph exports carry: the figures and the brokerage total. */
    public static List<PersonColumn> exported() {
        return Arrays.stream(values()).filter(c -> c.group == Group.FIGURE || c == BROKERAGE_TOTAL).toList();
    }
}
