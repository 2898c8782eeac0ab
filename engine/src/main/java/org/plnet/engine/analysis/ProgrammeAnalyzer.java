package org.plnet.engine.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.model.BreakdownAttribute;
import org.plnet.engine.model.Programme;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.breakdowns.AttributeBreakdown;
import org.plnet.engine.scoring.breakdowns.AttributeValues;
import org.plnet.engine.scoring.breakdowns.Breakdown;
import org.plnet.engine.scoring.brokerage.BrokerageCounts;
import org.plnet.engine.scoring.homophily.EIIndex;
import org.plnet.engine.scoring.links.NetworkLinks;
import org.plnet.engine.scoring.links.SchoolLinkMeasures;
import org.plnet.engine.scoring.networks.NetworkMembership;
import org.plnet.engine.scoring.networks.NetworkTies;

/** Computes the {@link ProgrammeFigures} of one relation and wave from the kernels of the programme packages. */
final class ProgrammeAnalyzer {

    private ProgrammeAnalyzer() {
    }

    static ProgrammeFigures compute(Study study, StudyGraph graph, BitSet respondents, long[] gatekeeper,
                                    long[] representative, List<PersonFigures> people) {
        CompactGraph d = graph.compact();
        Programme programme = study.programme();
        NetworkMembership membership = NetworkMembership.of(study);
        int[] school = study.schoolIndex();
        int schoolCount = study.schools().size();
        int networkCount = membership.networkCount();
        SchoolLinkMeasures.WithinGroups within = SchoolLinkMeasures.withinGroups(study, d, graph.relation(),
                respondents, gatekeeper, representative, membership.ofSchool(), networkCount);
        List<LearningNetworkFigures> networks = networks(study, d, respondents, membership, within);
        Double eiIndexNetworks = EIIndex.network(d, membership.ofPerson()).value();

        List<String> personNetworks = new ArrayList<>(study.size());
        for (int v = 0; v < study.size(); v++) {
            int k = membership.networkOfPerson(v);
            personNetworks.add(k < 0 ? null : membership.networks().get(k));
        }

        double[] betweenness = new double[study.size()];
        BrokerageCounts[] brokerage = new BrokerageCounts[study.size()];
        for (int v = 0; v < study.size(); v++) {
            betweenness[v] = people.get(v).betweenness();
            brokerage[v] = people.get(v).brokerage();
        }
        List<Breakdown> all = new ArrayList<>();
        List<List<Breakdown>> bySchool = new ArrayList<>();
        for (int g = 0; g < schoolCount; g++) {
            bySchool.add(new ArrayList<>());
        }
        for (BreakdownAttribute attribute : programme.breakdowns()) {
            AttributeBreakdown b = AttributeBreakdown.compute(d, AttributeValues.of(study, attribute, respondents),
                    school, schoolCount, respondents, betweenness, brokerage);
            all.addAll(b.study());
            for (int g = 0; g < schoolCount; g++) {
                bySchool.get(g).addAll(b.bySchool().get(g));
            }
        }

        List<SchoolProgrammeFigures> schools = new ArrayList<>(schoolCount);
        for (int g = 0; g < schoolCount; g++) {
            String name = study.schools().get(g);
            int k = membership.networkOfSchool(g);
            List<String> attributes = programme.schoolAttributes().get(name);
            if (attributes == null) {
                attributes = new ArrayList<>();
                for (int c = 0; c < programme.attributeColumns().size(); c++) {
                    attributes.add(null);
                }
            }
            schools.add(new SchoolProgrammeFigures(k < 0 ? null : membership.networks().get(k),
                    within.schools().get(g), attributes, bySchool.get(g)));
        }
        return new ProgrammeFigures(programme.attributeColumns(), networks, eiIndexNetworks, personNetworks,
                schools, all, programme.hasNetworks() || programme.breakdownsAsked());
    }

    private static List<LearningNetworkFigures> networks(Study study, CompactGraph d, BitSet respondents,
                                                         NetworkMembership membership,
                                                         SchoolLinkMeasures.WithinGroups within) {
        int networkCount = membership.networkCount();
        List<NetworkTies> ties = NetworkTies.count(d, study.schoolIndex(), membership.ofSchool(), networkCount);
        int[] members = new int[networkCount];
        int[] responding = new int[networkCount];
        for (int v = 0; v < study.size(); v++) {
            int k = membership.networkOfPerson(v);
            if (k >= 0) {
                members[k] += study.people().get(v).member() ? 1 : 0;
                responding[k] += respondents.get(v) ? 1 : 0;
            }
        }
        List<LearningNetworkFigures> networks = new ArrayList<>(networkCount);
        for (int k = 0; k < networkCount; k++) {
            NetworkTies t = ties.get(k);
            NetworkLinks links = within.groups().get(k);
            networks.add(new LearningNetworkFigures(membership.networks().get(k), links.schools(), t.staff(),
                    members[k], responding[k], t.internalTies(), t.crossSchoolTies(), t.externalTies(),
                    t.eiIndex(), t.density(), t.crossSchoolDensity(), links.schoolsTwoWayLinked(), links.reach(),
                    links.tieStrength()));
        }
        return networks;
    }
}
