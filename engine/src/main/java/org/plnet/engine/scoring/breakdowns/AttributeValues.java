package org.plnet.engine.scoring.breakdowns;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plnet.engine.model.BreakdownAttribute;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Programme;
import org.plnet.engine.model.Study;

/**
 * Each person's value of a breakdown attribute (programmes.md, section 4): trimmed, case-sensitive raw text,
 * except {@code member} and {@code respondent}, which are {@code true} or {@code false}; a school attribute
 * or {@code network} is the value of the person's school. Values are numbered in order of first appearance
 * in people.csv order; a person whose value is empty has none (-1).
 *
 * @param attribute the attribute as written in study.yaml
 * @param values    the non-empty values, in order of first appearance
 * @param valueOf   each person's value (index into {@code values}), -1 when empty; by vertex
 */
public record AttributeValues(String attribute, List<String> values, int[] valueOf) {

    public AttributeValues {
        values = List.copyOf(values);
        valueOf = valueOf.clone();
    }

    /**
     * The values of {@code attribute} in the study, in the wave whose respondents are {@code respondents}.
     */
    public static AttributeValues of(Study study, BreakdownAttribute attribute, BitSet respondents) {
        Programme programme = study.programme();
        int column = attribute.source() == BreakdownAttribute.Source.SCHOOL_COLUMN
                ? programme.attributeColumns().indexOf(attribute.column()) : -1;
        Map<String, Integer> index = new HashMap<>();
        List<String> values = new ArrayList<>();
        int[] valueOf = new int[study.size()];
        for (int v = 0; v < valueOf.length; v++) {
            String value = raw(study.people().get(v), attribute, respondents.get(v), programme, column);
            value = value == null ? "" : value.trim();
            if (value.isEmpty()) {
                valueOf[v] = -1;
                continue;
            }
            Integer code = index.get(value);
            if (code == null) {
                code = values.size();
                index.put(value, code);
                values.add(value);
            }
            valueOf[v] = code;
        }
        return new AttributeValues(attribute.name(), values, valueOf);
    }

    private static String raw(Person p, BreakdownAttribute attribute, boolean responded, Programme programme,
                              int schoolColumn) {
        return switch (attribute.source()) {
            case ID -> p.id();
            case NAME -> p.name();
            case SCHOOL -> p.school();
            case ROLE -> p.role();
            case MEMBER -> Boolean.toString(p.member());
            case RESPONDENT -> Boolean.toString(responded);
            case PERSON_COLUMN -> p.attributes().get(attribute.column());
            case SCHOOL_COLUMN -> {
                List<String> row = p.school() == null ? null : programme.schoolAttributes().get(p.school());
                yield row == null ? null : row.get(schoolColumn);
            }
            case NETWORK -> programme.networkOf(p.school());
        };
    }
}
