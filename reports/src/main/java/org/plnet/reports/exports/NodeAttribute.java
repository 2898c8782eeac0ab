package org.plnet.reports.exports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.PersonFigures;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.reports.FigureColumn;
import org.plnet.reports.PersonColumns;

/**
 * One attribute of the people in the graph exports (GraphML keys, GEXF attributes): the roster's fields,
 * every other roster column, and the figures of the exported relation and wave under the names of
 * people.csv and metrics.json.
 *
 * @param name  the attribute's name in the file
 * @param type  its value type
 * @param value person index to value; {@code null} when the value is unknown or undefined (the file then
 *              leaves it out)
 */
record NodeAttribute(String name, Type type, IntFunction<Object> value) {

    /** The value types, with their spelling in GraphML and GEXF. */
    enum Type {
        STRING("string", "string"),
        BOOLEAN("boolean", "boolean"),
        INT("int", "integer"),
        LONG("long", "long"),
        DOUBLE("double", "double");

        final String graphMl;
        final String gexf;

        Type(String graphMl, String gexf) {
            this.graphMl = graphMl;
            this.gexf = gexf;
        }
    }

    /** The name of the attribute holding the person's id (plain {@code id} is reserved by Gephi). */
    static final String PERSON_ID = "personId";

    /** The value as text of its type. */
    String text(int person) {
        Object v = value.apply(person);
        if (v == null) {
            return null;
        }
        if (v instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? null : NumberText.of(d);
        }
        return v.toString();
    }

    /**
     * The attributes of the people of {@code study}: {@code personId}, {@code school}, {@code role},
     * {@code member}, the other roster columns (as strings, in order of first appearance; a column whose name
     * is already used gets the prefix {@code roster.}), then, when {@code layer} is given, its figures.
     * The person's name is not among them: each format has its own place for a label.
     */
    static List<NodeAttribute> of(Study study, GraphAnalysis layer) {
        List<Person> people = study.people();
        List<NodeAttribute> list = new ArrayList<>();
        list.add(new NodeAttribute(PERSON_ID, Type.STRING, i -> people.get(i).id()));
        list.add(new NodeAttribute("school", Type.STRING, i -> people.get(i).school()));
        list.add(new NodeAttribute("role", Type.STRING, i -> people.get(i).role()));
        list.add(new NodeAttribute("member", Type.BOOLEAN, i -> people.get(i).member()));
        Set<String> used = new HashSet<>(List.of("id", "label", "name", "weight"));
        if (layer != null) {
            figures(layer).forEach(a -> used.add(a.name().toLowerCase(Locale.ROOT)));
        }
        list.forEach(a -> used.add(a.name().toLowerCase(Locale.ROOT)));
        Set<String> columns = new LinkedHashSet<>();
        people.forEach(p -> columns.addAll(p.attributes().keySet()));
        for (String column : columns) {
            String name = column;
            while (!used.add(name.toLowerCase(Locale.ROOT))) {
                name = "roster." + name;
            }
            list.add(new NodeAttribute(name, Type.STRING, i -> people.get(i).attributes().get(column)));
        }
        if (layer != null) {
            list.addAll(figures(layer));
        }
        return List.copyOf(list);
    }

    private static List<NodeAttribute> figures(GraphAnalysis layer) {
        List<PersonFigures> f = layer.people();
        return PersonColumns.EXPORTED.stream()
                .map(c -> new NodeAttribute(c.label(), type(c.type()), i -> c.read(f.get(i))))
                .toList();
    }

    private static Type type(FigureColumn.Type type) {
        return switch (type) {
            case INT -> Type.INT;
            case LONG -> Type.LONG;
            case BOOLEAN -> Type.BOOLEAN;
            case DOUBLE, OPTIONAL_DOUBLE -> Type.DOUBLE;
        };
    }
}
