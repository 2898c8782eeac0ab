package org.plnet.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The school level of a study (programmes.md): the learning network of each school and the school
 * attributes of schools.csv, and the attributes figures are broken down by. The readers have already
 * dropped the schools of schools.csv without staff and the networks none of whose schools has staff.
 *
 * @param networks          the networks, in order of first appearance in schools.csv
 * @param networkOfSchool   school (as in people.csv) to its network; a school not in this map has none
 * @param attributeColumns  the other columns of schools.csv, in header order, as written
 * @param schoolAttributes  school to its values of {@code attributeColumns}, {@code null} for an empty cell;
 *                          a school absent from schools.csv is absent here
 * @param breakdowns        the attributes to break down by, in the order of study.yaml
 * @param breakdownsAsked   whether study.yaml names the breakdowns (rather than the default)
 */
public record Programme(List<String> networks, Map<String, String> networkOfSchool, List<String> attributeColumns,
                        Map<String, List<String>> schoolAttributes, List<BreakdownAttribute> breakdowns,
                        boolean breakdownsAsked) {

    public Programme {
        networks = List.copyOf(networks);
        networkOfSchool = Collections.unmodifiableMap(new LinkedHashMap<>(networkOfSchool));
        for (String network : networkOfSchool.values()) {
            if (!networks.contains(network)) {
                throw new IllegalArgumentException("school in an unlisted network " + network);
            }
        }
        attributeColumns = List.copyOf(attributeColumns);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : schoolAttributes.entrySet()) {
            if (e.getValue().size() != attributeColumns.size()) {
                throw new IllegalArgumentException("school " + e.getKey() + " has " + e.getValue().size()
                        + " attributes for " + attributeColumns.size() + " columns");
            }
            copy.put(e.getKey(), Collections.unmodifiableList(new ArrayList<>(e.getValue())));
        }
        schoolAttributes = Collections.unmodifiableMap(copy);
        breakdowns = List.copyOf(breakdowns);
        Objects.requireNonNull(breakdowns);
    }

    /** A study without schools.csv: no networks, no school attributes, the default breakdowns of its people. */
    public static Programme none(List<Person> people) {
        return new Programme(List.of(), Map.of(), List.of(), Map.of(), defaultBreakdowns(people), false);
    }

    /** {@code [role]} when any person has a role, else none (programmes.md, section 4). */
    public static List<BreakdownAttribute> defaultBreakdowns(List<Person> people) {
        return people.stream().anyMatch(p -> p.role() != null) ? List.of(BreakdownAttribute.ROLE) : List.of();
    }

    /** Whether schools.csv gives at least one network (the study "has networks"). */
    public boolean hasNetworks() {
        return !networks.isEmpty();
    }

    /** The network of a school, or {@code null} when it has none. */
    public String networkOf(String school) {
        return school == null ? null : networkOfSchool.get(school);
    }
}
