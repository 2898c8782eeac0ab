package org.plnet.engine.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Study;
import org.plnet.engine.scoring.brokerage.BrokerageAgainstChance;
import org.plnet.engine.scoring.brokerage.GouldFernandezBrokerage;
import org.plnet.engine.scoring.centrality.EigenvectorCentrality;
import org.plnet.engine.scoring.centrality.EigenvectorScores;
import org.plnet.engine.scoring.centrality.PageRank;
import org.plnet.engine.scoring.centrality.PageRankScores;
import org.plnet.engine.scoring.centrality.ShortestPathScores;
import org.plnet.engine.scoring.centralization.FreemanDegreeCentralization;
import org.plnet.engine.scoring.cohesion.Density;
import org.plnet.engine.scoring.cohesion.Reciprocity;
import org.plnet.engine.scoring.cohesion.Transitivity;
import org.plnet.engine.scoring.cohesion.WeakComponents;
import org.plnet.engine.scoring.homophily.EIIndex;
import org.plnet.engine.scoring.homophily.EIPermutationTest;
import org.plnet.engine.scoring.homophily.GroupTies;
import org.plnet.engine.scoring.links.SchoolLinkMeasures;
import org.plnet.engine.scoring.structuralholes.StructuralHoles;

/**
 * Computes every figure of metrics.md and school-links.md for every (relation, wave) of a study that has
 * at least one kept tie: builds the graph D once per (relation, wave), runs each kernel on it and keeps
 * it with its figures.
 */
public final class StudyAnalyzer {

    private StudyAnalyzer() {
    }

    /** Every figure of the study, the statistics drawn with {@link AnalysisOptions#DEFAULT}. */
    public static StudyAnalysis analyze(Study study) {
        return analyze(study, AnalysisOptions.DEFAULT);
    }

    /** Every figure of the study, with the changes between waves. */
    public static StudyAnalysis analyze(Study study, AnalysisOptions options) {
        return analyze(study, options, ShortestPaths.EXACT, AnalysisProgress.NONE);
    }

    /**
     * Every figure of the study, the shortest-path figures taken from {@code paths}, telling {@code progress}
     * of each layer.
     */
    public static StudyAnalysis analyze(Study study, AnalysisOptions options, ShortestPaths paths,
                                        AnalysisProgress progress) {
        List<GraphAnalysis> analyses = new ArrayList<>();
        for (KeptTies layer : study.layers()) {
            progress.starting(analyses.size() + 1, study.layers().size(), layer.relation(), layer.wave());
            analyses.add(analyze(study, StudyGraph.of(study, layer), options, paths));
        }
        return new StudyAnalysis(study.name(), analyses, WaveChanges.of(study, analyses), options,
                AffiliationAnalyzer.analyze(study));
    }

    /** Every figure of one relation and wave, the statistics drawn with {@link AnalysisOptions#DEFAULT}. */
    public static GraphAnalysis analyze(Study study, StudyGraph graph) {
        return analyze(study, graph, AnalysisOptions.DEFAULT);
    }

    /** Every figure of one relation and wave. */
    public static GraphAnalysis analyze(Study study, StudyGraph graph, AnalysisOptions options) {
        return analyze(study, graph, options, ShortestPaths.EXACT);
    }

    /** Every figure of one relation and wave, the shortest-path figures taken from {@code paths}. */
    public static GraphAnalysis analyze(Study study, StudyGraph graph, AnalysisOptions options,
                                        ShortestPaths paths) {
        CompactGraph d = graph.compact();
        int[] school = study.schoolIndex();
        BitSet respondents = study.respondents(graph.relation().name(), graph.wave());
        GouldFernandezBrokerage brokerage = GouldFernandezBrokerage.compute(d, school);
        long[] gatekeeper = new long[d.vertexCount()];
        long[] representative = new long[d.vertexCount()];
        for (int v = 0; v < d.vertexCount(); v++) {
            gatekeeper[v] = brokerage.counts(v).gatekeeper();
            representative[v] = brokerage.counts(v).representative();
        }
        SchoolLinkMeasures links = SchoolLinkMeasures.compute(study, d, graph.relation(), respondents,
                gatekeeper, representative);
        // every analysis starts its own stream from the seed, so one relation never changes another's p-values
        EIPermutationTest eiTest = EIPermutationTest.run(d, school, study.schools().size(), options.permutations(),
                options.seed());
        // statistics.md: a projected relation is symmetric by construction, which the Bernoulli model does not describe
        boolean projected = study.affiliations().filter(a -> a.relation().equals(graph.relation().name())).isPresent();
        ShortestPathScores shortestPaths = paths.of(graph);
        List<PersonFigures> people = people(study, d, brokerage, links, projected, shortestPaths);
        return new GraphAnalysis(graph, network(d, school, links, eiTest), people,
                schools(study, d, school, respondents, links, eiTest),
                ProgrammeAnalyzer.compute(study, graph, respondents, gatekeeper, representative, people),
                shortestPaths.sampling());
    }

    private static List<PersonFigures> people(Study study, CompactGraph d, GouldFernandezBrokerage brokerage,
                                              SchoolLinkMeasures links, boolean projected, ShortestPathScores paths) {
        EigenvectorScores eigenvector = EigenvectorCentrality.compute(d);
        PageRankScores pageRank = PageRank.compute(d);
        StructuralHoles holes = StructuralHoles.compute(d);
        BrokerageAgainstChance chance = projected ? null
                : BrokerageAgainstChance.compute(d, study.schoolIndex(), brokerage);
        int n = d.vertexCount();
        List<PersonFigures> people = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            people.add(new PersonFigures(study.people().get(v), d.inDegree(v), d.outDegree(v),
                    sum(d.inWeights(), d.inOffsets()[v], d.inOffsets()[v + 1]),
                    sum(d.outWeights(), d.outOffsets()[v], d.outOffsets()[v + 1]),
                    paths.betweenness(v), paths.betweennessNormalized(v), paths.closeness(v),
                    paths.harmonicCloseness(v), eigenvector.score(v), pageRank.score(v),
                    holes.constraint(v), holes.effectiveSize(v), brokerage.counts(v), links.members().get(v),
                    chance == null ? null : chance.of(v)));
        }
        return people;
    }

    private static List<SchoolFigures> schools(Study study, CompactGraph d, int[] school, BitSet respondents,
                                                SchoolLinkMeasures links, EIPermutationTest eiTest) {
        List<String> schoolNames = study.schools();
        List<GroupTies> groupTies = EIIndex.byGroup(d, school, schoolNames.size());
        int[] members = new int[schoolNames.size()];
        int[] responding = new int[schoolNames.size()];
        for (int v = 0; v < d.vertexCount(); v++) {
            if (school[v] >= 0) {
                members[school[v]] += study.people().get(v).member() ? 1 : 0;
                responding[school[v]] += respondents.get(v) ? 1 : 0;
            }
        }
        List<SchoolFigures> schools = new ArrayList<>(schoolNames.size());
        for (int g = 0; g < schoolNames.size(); g++) {
            GroupTies t = groupTies.get(g);
            schools.add(new SchoolFigures(schoolNames.get(g), t.staff(), members[g], responding[g],
                    t.internalTies(), t.externalTies(), t.eiIndex(), t.density(), links.schools().get(g),
                    eiTest.school(g)));
        }
        return schools;
    }

    private static NetworkFigures network(CompactGraph d, int[] school, SchoolLinkMeasures links,
                                          EIPermutationTest eiTest) {
        WeakComponents components = WeakComponents.compute(d);
        return new NetworkFigures(d.vertexCount(), d.arcCount(), Density.compute(d).value(),
                Reciprocity.compute(d).value(), Transitivity.compute(d).value(), components.count(),
                components.largestShare(), EIIndex.network(d, school).value(),
                FreemanDegreeCentralization.compute(d).value(), links.network(), eiTest.network());
    }

    private static double sum(double[] values, int from, int to) {
        double total = 0;
        for (int k = from; k < to; k++) {
            total += values[k];
        }
        return total;
    }
}
