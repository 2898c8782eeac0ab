package org.plnet.surveys.studyfolder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.BreakdownAttribute;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Programme;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.report.ImportReport;

/**
 * The school level of a study (programmes.md, sections 1 and 4): schools.csv, read with the rules and
 * messages of people.csv, and the {@code breakdowns:} of study.yaml resolved against the columns of
 * people.csv and schools.csv. What it keeps and drops is counted in the import report's section "Schools
 * and networks".
 */
final class ProgrammeFile {

    static final String SCHOOLS = "schools.csv";
    private static final String SECTION = "Schools and networks";

    private final ImportReport.Builder report;
    private final ReadMode mode;

    private ProgrammeFile(ImportReport.Builder report, ReadMode mode) {
        this.report = report;
        this.mode = mode;
    }

    /**
     * The programme of a study.
     *
     * @param schools    schools.csv opened, or {@code null} when the folder has none
     * @param roster     the people, read without error
     * @param breakdowns what study.yaml's {@code breakdowns:} names; null when it leaves it out
     * @return the programme, or {@code null} after reporting an error
     */
    static Programme read(CsvFile schools, Roster roster, List<Setting<String>> breakdowns, ReadMode mode,
                          ImportReport.Builder report) {
        return new ProgrammeFile(report, mode).read(schools, roster, breakdowns);
    }

    private Programme read(CsvFile schools, Roster roster, List<Setting<String>> breakdowns) {
        int errorsBefore = report.errorCount();
        List<String> attributeColumns = new ArrayList<>();
        List<String> networks = new ArrayList<>();
        Map<String, String> networkOfSchool = new LinkedHashMap<>();
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        if (schools != null) {
            readSchools(schools, roster, attributeColumns, networks, networkOfSchool, attributes);
        }
        List<BreakdownAttribute> resolved = breakdowns == null ? Programme.defaultBreakdowns(roster.people())
                : resolve(breakdowns, roster, schools == null ? List.of() : schools.columns());
        if (report.errorCount() > errorsBefore) {
            return null;
        }
        return new Programme(networks, networkOfSchool, attributeColumns, attributes, resolved, breakdowns != null);
    }

    private void readSchools(CsvFile table, Roster roster, List<String> attributeColumns, List<String> networks,
                             Map<String, String> networkOfSchool, Map<String, List<String>> attributes) {
        SourceLocation peopleNetwork = roster.headerAt("network");
        if (peopleNetwork != null) {
            report.error(peopleNetwork, "network belongs in " + SCHOOLS + " when the study has one: "
                    + "give each school's network there and remove this column");
        }
        if (!table.require("school")) {
            table.forEachRow(row -> { });
            return;
        }
        int school = table.column("school");
        int network = table.column("network");
        List<Integer> others = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (c != school && c != network && !table.columns().get(c).isEmpty()) {
                others.add(c);
                attributeColumns.add(table.columns().get(c));
            }
        }
        Set<String> staffed = new LinkedHashSet<>();
        for (Person p : roster.people()) {
            if (p.hasSchool()) {
                staffed.add(p.school());
            }
        }
        Map<String, Integer> lineOf = new HashMap<>();
        Set<String> allNetworks = new LinkedHashSet<>();
        Set<String> staffedNetworks = new LinkedHashSet<>();
        int[] counts = new int[3]; // read, skipped, without staff
        table.forEachRow(row -> {
            String name = row.cell(school).trim();
            if (name.isEmpty()) {
                problem(table.at(row, school), "school is empty: every row names a school of " + StudyFolderReader.PEOPLE, counts);
                return;
            }
            if (lineOf.containsKey(name)) {
                problem(table.at(row, school), "repeated school '" + name + "' (first on line " + lineOf.get(name)
                        + ")", counts);
                return;
            }
            lineOf.put(name, row.line());
            counts[0]++;
            String net = network < 0 ? "" : row.cell(network).trim();
            if (!net.isEmpty()) {
                allNetworks.add(net);
            }
            if (!staffed.contains(name)) {
                counts[2]++;
                report.warning(table.at(row, school), "school '" + name + "' has no staff in "
                        + StudyFolderReader.PEOPLE + ": ignored");
                return;
            }
            if (!net.isEmpty()) {
                staffedNetworks.add(net);
                networkOfSchool.put(name, net);
            }
            List<String> values = new ArrayList<>();
            for (int c : others) {
                String value = row.cell(c).trim();
                values.add(value.isEmpty() ? null : value);
            }
            attributes.put(name, values);
        });
        for (String net : allNetworks) {
            if (staffedNetworks.contains(net)) {
                networks.add(net);
            } else {
                report.warning(SourceLocation.ofFile(SCHOOLS), "network '" + net + "' has no school with staff in "
                        + StudyFolderReader.PEOPLE + ": ignored");
            }
        }
        List<String> withoutNetwork = staffed.stream().filter(s -> !networkOfSchool.containsKey(s)).toList();
        List<String> lines = new ArrayList<>();
        lines.add(counts[0] + " school" + plural(counts[0]) + " read from " + SCHOOLS
                + (counts[1] > 0 ? ", " + counts[1] + " row" + plural(counts[1]) + " skipped (lenient mode)" : "")
                + (counts[2] > 0 ? ", " + counts[2] + " without staff ignored" : ""));
        lines.add(networks.size() + " network" + plural(networks.size())
                + (allNetworks.size() > networks.size() ? ", " + (allNetworks.size() - networks.size())
                + " without staff ignored" : ""));
        for (String net : networks) {
            long n = networkOfSchool.values().stream().filter(net::equals).count();
            lines.add("  " + net + ": " + n + " school" + plural((int) n));
        }
        lines.add(withoutNetwork.size() + " school" + plural(withoutNetwork.size()) + " of "
                + StudyFolderReader.PEOPLE + " without a network" + (withoutNetwork.isEmpty() ? ""
                : ": " + String.join(", ", withoutNetwork.subList(0, Math.min(10, withoutNetwork.size())))
                + (withoutNetwork.size() > 10 ? ", ..." : "")));
        report.section(SECTION, lines);
    }

    private void problem(SourceLocation at, String message, int[] counts) {
        if (mode == ReadMode.LENIENT) {
            report.warning(at, message + ": row skipped (lenient mode)");
            counts[1]++;
        } else {
            report.error(at, message);
        }
    }

    /** Each name of {@code breakdowns:}: a column of people.csv, else of schools.csv, else {@code network}. */
    private List<BreakdownAttribute> resolve(List<Setting<String>> names, Roster roster, List<String> schoolColumns) {
        List<BreakdownAttribute> resolved = new ArrayList<>();
        for (Setting<String> s : names) {
            String name = s.value();
            String key = name.toLowerCase(Locale.ROOT);
            String personColumn = find(roster.columns(), key);
            String schoolColumn = find(schoolColumns, key);
            BreakdownAttribute attribute;
            if (personColumn != null) {
                attribute = switch (key) {
                    case "id" -> new BreakdownAttribute(name, BreakdownAttribute.Source.ID, personColumn);
                    case "name" -> new BreakdownAttribute(name, BreakdownAttribute.Source.NAME, personColumn);
                    case "school" -> new BreakdownAttribute(name, BreakdownAttribute.Source.SCHOOL, personColumn);
                    case "role" -> new BreakdownAttribute(name, BreakdownAttribute.Source.ROLE, personColumn);
                    case "member" -> new BreakdownAttribute(name, BreakdownAttribute.Source.MEMBER, personColumn);
                    case "respondent" -> new BreakdownAttribute(name, BreakdownAttribute.Source.RESPONDENT,
                            personColumn);
                    default -> new BreakdownAttribute(name, BreakdownAttribute.Source.PERSON_COLUMN, personColumn);
                };
            } else if (schoolColumn != null && !key.equals("school")) {
                attribute = key.equals("network")
                        ? new BreakdownAttribute(name, BreakdownAttribute.Source.NETWORK, schoolColumn)
                        : new BreakdownAttribute(name, BreakdownAttribute.Source.SCHOOL_COLUMN, schoolColumn);
            } else if (key.equals("network")) {
                attribute = new BreakdownAttribute(name, BreakdownAttribute.Source.NETWORK, "network");
            } else {
                report.error(s.at(), BreakdownsSetting.KEY + " names '" + name + "', which is not a column of "
                        + StudyFolderReader.PEOPLE + (schoolColumns.isEmpty() ? "" : " or " + SCHOOLS)
                        + " nor network");
                continue;
            }
            resolved.add(attribute);
        }
        return resolved;
    }

    private static String find(List<String> columns, String key) {
        return columns.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(key)).findFirst().orElse(null);
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
