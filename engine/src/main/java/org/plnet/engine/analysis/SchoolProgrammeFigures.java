package org.plnet.engine.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.plnet.engine.scoring.breakdowns.Breakdown;
import org.plnet.engine.scoring.links.SchoolLinks;

/**
 * What a programme adds to a school's figures (programmes.md, sections 1, 2 and 4).
 *
 * @param network            the school's learning network; null when none
 * @param linksWithinNetwork the link measures with N = the members of the schools of its network; null when
 *                           the school has no network
 * @param attributes         its values of schools.csv's other columns, in header order; null for an empty
 *                           cell or a school absent from schools.csv
 * @param breakdowns         the breakdowns over its staff, attribute by attribute
 */
public record SchoolProgrammeFigures(String network, SchoolLinks linksWithinNetwork, List<String> attributes,
                                     List<Breakdown> breakdowns) {

    public SchoolProgrammeFigures {
        attributes = Collections.unmodifiableList(new ArrayList<>(attributes));
        breakdowns = List.copyOf(breakdowns);
    }
}
