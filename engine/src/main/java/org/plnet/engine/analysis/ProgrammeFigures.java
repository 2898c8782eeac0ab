package org.plnet.engine.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.plnet.engine.scoring.breakdowns.Breakdown;

/**
 * The programme figures of one relation and wave (programmes.md, sections 2 to 4): the learning networks,
 * the network-level E-I index with groups = networks, each person's network, what a programme adds to each
 * school, and the breakdowns of the whole study.
 *
 * @param attributeColumns the other columns of schools.csv, in header order, as written
 * @param networks         one entry per network, in order of first appearance in schools.csv
 * @param eiIndexNetworks  the E-I index with groups = networks, ties with an end outside every network left
 *                         out; null when no tie is left
 * @param personNetworks   each person's network (their school's), null when none; in roster order
 * @param schools          one entry per school, in the order of {@link GraphAnalysis#schools()}
 * @param breakdowns       the breakdowns of everyone, attribute by attribute in the order of study.yaml
 * @param reported         whether the reports show the programme: the study has networks or study.yaml
 *                         names breakdowns
 */
public record ProgrammeFigures(List<String> attributeColumns, List<LearningNetworkFigures> networks,
                               Double eiIndexNetworks, List<String> personNetworks,
                               List<SchoolProgrammeFigures> schools, List<Breakdown> breakdowns,
                               boolean reported) {

    public ProgrammeFigures {
        attributeColumns = List.copyOf(attributeColumns);
        networks = List.copyOf(networks);
        personNetworks = Collections.unmodifiableList(new ArrayList<>(personNetworks));
        schools = List.copyOf(schools);
        breakdowns = List.copyOf(breakdowns);
    }

    /** The figures of a study without networks, school attributes or breakdowns. */
    public static ProgrammeFigures none(int people, int schools) {
        List<String> nobody = new ArrayList<>(Collections.nCopies(people, (String) null));
        List<SchoolProgrammeFigures> plain = Collections.nCopies(schools,
                new SchoolProgrammeFigures(null, null, List.of(), List.of()));
        return new ProgrammeFigures(List.of(), List.of(), null, nobody, plain, List.of(), false);
    }

    /** Whether the study has networks (schools.csv gives at least one). */
    public boolean hasNetworks() {
        return !networks.isEmpty();
    }
}
