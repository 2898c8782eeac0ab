package org.plnet.engine.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.model.Person;
import org.plnet.engine.model.Study;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.scoring.brokerage.GouldFernandezBrokerage;
import org.plnet.engine.scoring.centrality.EigenvectorCentrality;
import org.plnet.engine.scoring.centrality.EigenvectorScores;
import org.plnet.engine.scoring.centrality.PageRank;
import org.plnet.engine.scoring.centrality.PageRankScores;
import org.plnet.engine.scoring.centrality.ShortestPathCentrality;
import org.plnet.engine.scoring.centrality.ShortestPathScores;
import org.plnet.engine.scoring.centralization.FreemanDegreeCentralization;
import org.plnet.engine.scoring.cohesion.Density;
import org.plnet.engine.scoring.cohesion.Reciprocity;
import org.plnet.engine.scoring.cohesion.Transitivity;
import org.plnet.engine.scoring.cohesion.WeakComponents;
import org.plnet.engine.scoring.homophily.EIIndex;
import org.plnet.engine.scoring.homophily.GroupTies;
import org.plnet.engine.scoring.links.SchoolLinkMeasures;
import org.plnet.engine.scoring.structuralholes.StructuralHoles;

/**
 * Computes every figure of metrics.md and school-links.md for every (relation, wave) of a study that has
 * at least one kept tie: builds the graph D once per layer and runs each kernel on it.
 */
public final class StudyAnalyzer {

    private StudyAnalyzer() {
    }

    public static StudyAnalysis analyze(Study study) {
        int[] school = schoolIndex(study);
        List<LayerAnalysis> layers = new ArrayList<>();
        for (KeptTies layer : study.layers()) {
            layers.add(analyze(study, StudyGraph.of(study, layer), school));
        }
        return new StudyAnalysis(study.name(), layers);
    }

    /** Every figure of one relation and wave. */
    public static LayerAnalysis analyze(Study study, StudyGraph graph) {
        return analyze(study, graph, schoolIndex(study));
    }

    private static LayerAnalysis analyze(Study study, StudyGraph graph, int[] school) {
        CompactGraph d = graph.compact();
        int n = d.vertexCount();
        BitSet respondents = study.respondents(graph.wave());

        ShortestPathScores paths = ShortestPathCentrality.compute(d);
        EigenvectorScores eigenvector = EigenvectorCentrality.compute(d);
        PageRankScores pageRank = PageRank.compute(d);
        StructuralHoles holes = StructuralHoles.compute(d);
        GouldFernandezBrokerage brokerage = GouldFernandezBrokerage.compute(d, school);

        long[] gatekeeper = new long[n];
        long[] representative = new long[n];
        List<PersonFigures> people = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            gatekeeper[v] = brokerage.counts(v).gatekeeper();
            representative[v] = brokerage.counts(v).representative();
            people.add(new PersonFigures(study.people().get(v), d.inDegree(v), d.outDegree(v),
                    sum(d.inWeights(), d.inOffsets()[v], d.inOffsets()[v + 1]),
                    sum(d.outWeights(), d.outOffsets()[v], d.outOffsets()[v + 1]),
                    paths.betweenness(v), paths.betweennessNormalized(v), paths.closeness(v),
                    paths.harmonicCloseness(v), eigenvector.score(v), pageRank.score(v),
                    holes.constraint(v), holes.effectiveSize(v), brokerage.counts(v)));
        }

        SchoolLinkMeasures links = SchoolLinkMeasures.compute(study, d, graph.relation(), respondents,
                gatekeeper, representative);
        List<String> schoolNames = study.schools();
        List<GroupTies> groupTies = EIIndex.byGroup(d, school, schoolNames.size());
        int[] members = new int[schoolNames.size()];
        int[] responding = new int[schoolNames.size()];
        for (int v = 0; v < n; v++) {
            if (school[v] >= 0) {
                members[school[v]] += study.people().get(v).member() ? 1 : 0;
                responding[school[v]] += respondents.get(v) ? 1 : 0;
            }
        }
        List<SchoolFigures> schools = new ArrayList<>(schoolNames.size());
        for (int g = 0; g < schoolNames.size(); g++) {
            GroupTies t = groupTies.get(g);
            schools.add(new SchoolFigures(schoolNames.get(g), t.staff(), members[g], responding[g],
                    t.internalTies(), t.externalTies(), t.eiIndex(), t.density(), links.schools().get(g)));
        }

        WeakComponents components = WeakComponents.compute(d);
        NetworkFigures network = new NetworkFigures(n, d.arcCount(), Density.compute(d).value(),
                Reciprocity.compute(d).value(), Transitivity.compute(d).value(), components.count(),
                components.largestShare(), EIIndex.network(d, school).value(),
                FreemanDegreeCentralization.compute(d).value(), links.network());
        return new LayerAnalysis(graph.relation().name(), graph.wave(), network, people, schools);
    }

    /** Each person's school as an index into {@link Study#schools()}, -1 when unknown. */
    private static int[] schoolIndex(Study study) {
        Map<String, Integer> index = new HashMap<>();
        for (String s : study.schools()) {
            index.put(s, index.size());
        }
        int[] school = new int[study.size()];
        for (int v = 0; v < school.length; v++) {
            Person p = study.people().get(v);
            school[v] = p.hasSchool() ? index.get(p.school()) : -1;
        }
        return school;
    }

    private static double sum(double[] values, int from, int to) {
        double total = 0;
        for (int k = from; k < to; k++) {
            total += values[k];
        }
        return total;
    }
}
