package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plnet.engine.analysis.GraphAnalysis;
import org.plnet.engine.analysis.SchoolFigures;
import org.plnet.engine.model.Study;

/**
 * What every school's page of one view looks up or compares with, computed once for the view instead of once
 * per page (a programme has about 1,500 school pages in each view, and a scan of every school or every person
 * per page made the pages quadratic): each school's figures in the view and in the survey before it, each
 * school's staff in roster order, and the median and middle half of every link measure over the schools the
 * page may show (in the aggregate mode a school whose group is too small takes no part in them).
 */
final class AcrossSchools {

    private static final int[] NOBODY = new int[0];

    private final Map<String, SchoolFigures> now;
    private final Map<String, SchoolFigures> before;
    private final Map<String, int[]> staff;
    private final EnumMap<LinkMeasure, Double> median = new EnumMap<>(LinkMeasure.class);
    private final EnumMap<LinkMeasure, double[]> middleHalf = new EnumMap<>(LinkMeasure.class);

    private AcrossSchools(Study study, ComparedWaves waves, Disclosure disclosure) {
        GraphAnalysis current = waves.current();
        this.now = NetworkOverview.bySchool(current);
        this.before = NetworkOverview.bySchool(waves.previous());
        this.staff = staff(study);
        for (LinkMeasure m : LinkMeasure.values()) {
            List<Double> values = current.schools().stream().filter(s -> disclosure.shows(m.group(s.links())))
                    .map(s -> m.of(s.links())).toList();
            median.put(m, Median.of(values));
            middleHalf.put(m, Median.middleHalf(values));
        }
    }

    /** The schools of {@code waves.current()} as the pages under {@code disclosure} compare them. */
    static AcrossSchools of(Study study, ComparedWaves waves, Disclosure disclosure) {
        return new AcrossSchools(study, waves, disclosure);
    }

    /** The school's figures in the view, or {@code null} for a school the analysis does not know. */
    SchoolFigures figures(String school) {
        return now.get(school);
    }

    /** The school's figures in the survey before the view's, or {@code null} (no such survey or school). */
    SchoolFigures before(String school) {
        return before.get(school);
    }

    /** The people whose school is {@code school}, in roster order; none for an unknown school. */
    int[] staff(String school) {
        return staff.getOrDefault(school, NOBODY);
    }

    /** The median of the measure over the schools whose group the page may show; {@code null} when none is defined. */
    Double median(LinkMeasure m) {
        return median.get(m);
    }

    /**
     * The lower and upper quartile of the measure over those schools ({@link Median#middleHalf}), {@code null}
     * with fewer than 4 defined values; the caller must not change the array.
     */
    double[] middleHalf(LinkMeasure m) {
        return middleHalf.get(m);
    }

    private static Map<String, int[]> staff(Study study) {
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int v = 0; v < study.size(); v++) {
            String school = study.people().get(v).school();
            if (school != null) {
                lists.computeIfAbsent(school, s -> new ArrayList<>()).add(v);
            }
        }
        Map<String, int[]> staff = new HashMap<>();
        lists.forEach((school, people) -> staff.put(school, people.stream().mapToInt(Integer::intValue).toArray()));
        return staff;
    }
}
