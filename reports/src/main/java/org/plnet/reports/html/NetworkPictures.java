package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.reports.layout.FruchtermanReingoldLayout;
import org.plnet.reports.layout.Layout;
import org.plnet.reports.layout.SchoolStyle;
import org.plnet.reports.layout.Sociogram;
import org.plnet.reports.layout.SociogramNode;

/**
 * The sociograms of the reports: the whole network for the overview, and a school's staff with their direct
 * contacts for the school's report. Every text on them comes from {@link PersonLabels}, so a picture names
 * exactly whom its page may name. Seeded: the same study gives the same pictures.
 */
final class NetworkPictures {

    /** The seed of every layout; any fixed number will do. */
    private static final long SEED = 20190101L;

    private final Study study;
    private final int[] schoolIndex;

    NetworkPictures(Study study) {
        this.study = study;
        this.schoolIndex = study.schoolIndex();
    }

    /** A school's style number: its place in {@link Study#schools()}, -1 for unknown. */
    int group(int person) {
        return schoolIndex[person];
    }

    /** Above this many people the overview draws one mark per school: thousands of marks print as a smudge. */
    static final int MOST_PEOPLE_DRAWN = 400;

    /** Whether the overview's picture shows schools rather than people. */
    boolean drawsSchools() {
        return drawsSchools(study.size());
    }

    /** Whether a picture of this many people shows their schools instead (the overview's, a network's). */
    static boolean drawsSchools(int people) {
        return people > MOST_PEOPLE_DRAWN;
    }

    /**
     * The whole network with one mark per school (and one for people of unknown school), sized by staff, and
     * a line from school A to school B when someone in A named someone in B; labelled with the school names.
     */
    Sociogram schools(CompactGraph d, FlowWording flow, String idPrefix) {
        return schools(d, v -> true, "The network has " + study.size() + " people", "The network, one mark per school",
                flow, idPrefix);
    }

    /**
     * As {@link #schools(CompactGraph, FlowWording, String)} for the people {@code drawn} (a learning network's
     * staff): their schools, and the ties among them only.
     *
     * @param opening the first words of the description, e.g. "The learning network Coast has 512 staff"
     */
    Sociogram schools(CompactGraph d, java.util.function.IntPredicate drawn, String opening, String title,
                      FlowWording flow, String idPrefix) {
        int g = study.schools().size();
        int unknown = g; // the vertex of the people of unknown school, drawn only when there are any
        int[] staff = new int[g + 1];
        for (int v = 0; v < study.size(); v++) {
            if (drawn.test(v)) {
                staff[group(v) < 0 ? unknown : group(v)]++;
            }
        }
        // the schools with someone drawn (every school of the roster has staff), in school order, the unknown
        // school last: their marks' numbers
        int[] local = new int[g + 1];
        List<Integer> marked = new ArrayList<>();
        for (int s = 0; s <= g; s++) {
            local[s] = staff[s] > 0 ? marked.size() : -1;
            if (local[s] >= 0) {
                marked.add(s);
            }
        }
        int size = marked.size();
        java.util.TreeMap<Long, Long> between = new java.util.TreeMap<>();
        long across = 0;
        for (int v = 0; v < study.size(); v++) {
            if (!drawn.test(v)) {
                continue;
            }
            for (int k = d.outOffsets()[v]; k < d.outOffsets()[v + 1]; k++) {
                int u = d.outTargets()[k];
                int a = local[group(v) < 0 ? unknown : group(v)];
                int b = local[group(u) < 0 ? unknown : group(u)];
                if (drawn.test(u) && a != b) {
                    between.merge((long) a * size + b, 1L, Long::sum);
                    across++;
                }
            }
        }
        int[] from = new int[between.size()];
        int[] to = new int[between.size()];
        double[] w = new double[between.size()];
        int i = 0;
        for (var e : between.entrySet()) {
            from[i] = (int) (e.getKey() / size);
            to[i] = (int) (e.getKey() % size);
            w[i] = e.getValue();
            i++;
        }
        List<SociogramNode> nodes = new ArrayList<>(size);
        int[] groups = new int[size];
        for (int m = 0; m < size; m++) {
            int s = marked.get(m);
            String name = s == unknown ? "school not known" : study.schools().get(s);
            groups[m] = s == unknown ? -1 : s;
            // the mark's size grows with the staff (the picture's in-degree stands for it)
            nodes.add(new SociogramNode(name + ": " + staff[s] + " staff", name, groups[m], false,
                    Math.max(1, staff[s] / 6)));
        }
        CompactGraph picture = CompactGraph.of(size, from, to, w);
        Layout layout = FruchtermanReingoldLayout.compute(picture.neighbourOffsets(), picture.neighbours(), groups,
                SEED);
        Sociogram sociogram = Sociogram.draw(idPrefix + "network", title, "", nodes, from, to, layout);
        String text = opening + ", too many to draw one by one, so each mark is a school, labelled with its name,"
                + " and the more staff it has the bigger its mark. A line from one school to another means someone"
                + " in the first named someone in the second (" + across + " ties in all run between schools; ties"
                + " inside a school are not drawn). " + sociogram.linesText("link between schools",
                        "links between schools", "the school named", "staff of each school named staff of the other")
                + " " + flow.arrowMeaning();
        return sociogram.describedAs(text);
    }

    /** The positions of every person in the picture of the whole network, vertex i = person i. */
    Layout wholeLayout(CompactGraph d) {
        return FruchtermanReingoldLayout.compute(d.neighbourOffsets(), d.neighbours(), schoolIndex.clone(), SEED);
    }

    /**
     * Every person and tie of D at the positions of {@link #wholeLayout}; visible labels on members only,
     * hover titles on everyone.
     */
    Sociogram whole(CompactGraph d, Layout layout, PersonLabels labels, FlowWording flow, String idPrefix) {
        int n = study.size();
        if (drawsSchools()) {
            return schools(d, flow, idPrefix);
        }
        int isolates = 0;
        List<SociogramNode> nodes = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            Person p = study.people().get(v);
            nodes.add(new SociogramNode(labels.title(v), p.member() ? labels.shortLabel(v) : null, group(v),
                    p.member(), d.inDegree(v)));
            if (d.degree(v) == 0) {
                isolates++;
            }
        }
        String people = "Each mark is one of the " + n + " people on the roster; its colour and shape show"
                + " the school (see the key), a thick black ring marks a network member (each member is labelled),"
                + " and the more people named someone the bigger their mark. ";
        String after = " " + flow.arrowMeaning()
                + (isolates == 0 ? "" : " The " + isolates + (isolates == 1 ? " person" : " people")
                        + " without any tie are in a row along the bottom.");
        int[] from = new int[d.arcCount()];
        for (int v = 0; v < n; v++) {
            for (int k = d.outOffsets()[v]; k < d.outOffsets()[v + 1]; k++) {
                from[k] = v;
            }
        }
        Sociogram picture = Sociogram.draw(idPrefix + "network", "Sociogram of the whole network, coloured by school",
                people, nodes, from, d.outTargets().clone(), layout);
        return picture.describedAs(people + picture.linesText() + after);
    }

    /**
     * The school's staff and everyone tied to them directly, in either direction, with the ties that touch the
     * school's staff. Visible labels on the school's own staff only.
     *
     * @param chosen the people drawn, {@link #aroundSchoolPeople} of the school's staff
     */
    Sociogram aroundSchool(String school, List<Integer> chosen, CompactGraph d, PersonLabels labels, FlowWording flow,
                           String idPrefix) {
        java.util.function.IntPredicate staff = v -> school.equals(study.people().get(v).school());
        long staffCount = chosen.stream().filter(staff::test).count();
        String description = "The " + staffCount + " staff of " + school + " (blue circles, each labelled) and the "
                + (chosen.size() - staffCount) + " people in other schools they are directly tied to (orange"
                + " squares). A thick black ring marks a network member, and the more people named someone the"
                + " bigger their mark. Only ties that involve this school's staff are drawn. ";
        Sociogram picture = draw(idPrefix + "school", "Sociogram of " + school
                + " and its direct contacts in the network", description, chosen, d, labels, staff, staff,
                v -> staff.test(v) ? SchoolStyle.OWN_SCHOOL : group(v) < 0 ? -1 : SchoolStyle.OTHER_SCHOOL);
        return picture.describedAs(description + picture.linesText() + " " + flow.arrowMeaning());
    }

    /**
     * The key: one entry per school drawn, then unknown school, then the member ring; none when the picture
     * draws schools, whose marks carry their names.
     */
    List<LegendEntry> legend(Sociogram picture, List<Integer> people) {
        if (drawsSchools()) {
            return List.of();
        }
        TreeSet<Integer> groups = new TreeSet<>();
        for (int v : people) {
            groups.add(group(v));
        }
        List<LegendEntry> entries = new ArrayList<>();
        for (int g : groups) {
            String text = g < 0 ? "school not known" : study.schools().get(g);
            entries.add(new LegendEntry(Sociogram.Mark.swatch(SchoolStyle.of(g), false, text), text));
        }
        entries.add(new LegendEntry(Sociogram.Mark.swatch(SchoolStyle.of(-1), true, "network member"),
                "thick black ring: network member"));
        return entries;
    }

    /** The key of a school's picture: its own staff, other schools, unknown school, the member ring. */
    List<LegendEntry> legend(Sociogram picture, List<Integer> people, String school) {
        List<LegendEntry> entries = new ArrayList<>();
        entries.add(new LegendEntry(Sociogram.Mark.swatch(SchoolStyle.of(SchoolStyle.OWN_SCHOOL), false, school),
                "staff of " + school));
        if (people.stream().anyMatch(v -> group(v) >= 0 && !school.equals(study.people().get(v).school()))) {
            entries.add(new LegendEntry(Sociogram.Mark.swatch(SchoolStyle.of(SchoolStyle.OTHER_SCHOOL), false,
                    "other schools"), "staff of other schools"));
        }
        if (people.stream().anyMatch(v -> group(v) < 0)) {
            entries.add(new LegendEntry(Sociogram.Mark.swatch(SchoolStyle.of(-1), false, "school not known"),
                    "school not known"));
        }
        entries.add(new LegendEntry(Sociogram.Mark.swatch(SchoolStyle.of(-1), true, "network member"),
                "thick black ring: network member"));
        return entries;
    }

    /**
     * The people a picture of {@link #aroundSchool} shows, in roster order: the school's staff and their
     * neighbours in D (in time linear in their ties, not in the roster: a programme draws 1,500 schools).
     *
     * @param staff the school's staff
     */
    List<Integer> aroundSchoolPeople(int[] staff, CompactGraph d) {
        int[] offsets = d.neighbourOffsets();
        int[] neighbours = d.neighbours();
        int count = staff.length;
        for (int v : staff) {
            count += offsets[v + 1] - offsets[v];
        }
        int[] chosen = new int[count];
        int at = 0;
        for (int v : staff) {
            chosen[at++] = v;
            for (int k = offsets[v]; k < offsets[v + 1]; k++) {
                chosen[at++] = neighbours[k];
            }
        }
        return Arrays.stream(chosen).sorted().distinct().boxed().toList();
    }

    private Sociogram draw(String id, String title, String description, List<Integer> people, CompactGraph d,
                           PersonLabels labels, java.util.function.IntPredicate labelled,
                           java.util.function.IntPredicate anchor, java.util.function.IntUnaryOperator style) {
        int size = people.size();
        int[] local = new int[study.size()];
        Arrays.fill(local, -1);
        for (int i = 0; i < size; i++) {
            local[people.get(i)] = i;
        }
        // the arcs between drawn people that touch an anchor
        List<int[]> arcs = new ArrayList<>();
        for (int v : people) {
            for (int k = d.outOffsets()[v]; k < d.outOffsets()[v + 1]; k++) {
                int u = d.outTargets()[k];
                if (local[u] >= 0 && (anchor.test(v) || anchor.test(u))) {
                    arcs.add(new int[] {local[v], local[u]});
                }
            }
        }
        int[] from = new int[arcs.size()];
        int[] to = new int[arcs.size()];
        double[] w = new double[arcs.size()];
        for (int k = 0; k < arcs.size(); k++) {
            from[k] = arcs.get(k)[0];
            to[k] = arcs.get(k)[1];
            w[k] = 1;
        }
        CompactGraph drawn = CompactGraph.of(size, from, to, w);
        int[] groups = new int[size];
        List<SociogramNode> nodes = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int v = people.get(i);
            Person p = study.people().get(v);
            groups[i] = group(v);
            String label = labelled.test(v) ? labels.shortLabel(v) : null;
            nodes.add(new SociogramNode(labels.title(v), label, style.applyAsInt(v), p.member(), d.inDegree(v)));
        }
        Layout layout = FruchtermanReingoldLayout.compute(drawn.neighbourOffsets(), drawn.neighbours(), groups, SEED);
        return Sociogram.draw(id, title, description, nodes, from, to, layout);
    }
}
