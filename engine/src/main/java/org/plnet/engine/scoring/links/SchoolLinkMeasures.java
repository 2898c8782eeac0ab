package org.plnet.engine.scoring.links;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.model.Flow;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.Study;

/**
 * The school-to-network link measures of plnet (school-links.md): for each school, whether its
 * participation in the learning network reaches its staff and runs both ways. These operationalise the
 * "meaningful two-way links between the network and their schools" of the New Forest and Hampshire
 * Research Learning Network case studies (Brown &amp; Flood 2019, 2020; Brown et al. 2021); the case
 * studies describe the idea, the formulas are plnet's.
 *
 * <p>For school g: P = its members, C = its other staff, N = every member of the network (any school,
 * unknown included), O = N \ P. On the graph D (ties of weight at least theta = tieMin):
 * s(a,b) = max(w(a,b), w(b,a)) over the ties of D between a and b, 0 when there is none. Every tie of D
 * is observed, because the study reader keeps only rows sent by respondents, so s needs no further
 * filter. "p carries knowledge to c" means c -> p for flow {@code seek}, p -> c for {@code give}, either
 * for {@code mutual}. Shares whose denominator is 0 are {@code null}; a maximum over an empty set is 0.
 *
 * <p>Work is linear in people + ties: every colleague and member looks only at their own ties.
 *
 * @param schools the measures of each school, in {@link Study#schools()} order
 * @param network the pooled, network-level figures
 * @param members each member of a school's share of its school's measures, by vertex
 */
public record SchoolLinkMeasures(List<SchoolLinks> schools, NetworkLinks network, Map<Integer, MemberLinks> members) {

    public SchoolLinkMeasures {
        schools = List.copyOf(schools);
        Objects.requireNonNull(network);
        members = Map.copyOf(members);
    }

    /**
     * Computes the measures of every school of the study on one graph.
     *
     * @param study          the roster (schools and members)
     * @param d              the graph D of the relation and wave, with the reported weights
     * @param relation       the relation's settings (flow, scaleMax K, strongTieMin)
     * @param respondents    who answered in this wave
     * @param gatekeeper     each person's Gould–Fernandez gatekeeper count on D
     * @param representative each person's Gould–Fernandez representative count on D
     */
    public static SchoolLinkMeasures compute(Study study, CompactGraph d, Relation relation, BitSet respondents,
                                             long[] gatekeeper, long[] representative) {
        Scoped scoped = computeScoped(study, d, relation, respondents, gatekeeper, representative,
                new int[study.size()], 1);
        return collect(scoped.tallies, scoped.pooled[0].reach, scoped.pooled[0].strength,
                scoped.pooled[0].colleagues, scoped.memberLinks);
    }

    /**
     * The measures of each school with N = the members of the schools of its own group (programmes.md,
     * section 2, {@code linksWithinNetwork}: a group is a learning network; O = N \ P as before; members of
     * unknown school are in no group), with each group's companion pooled over the colleagues of its schools
     * as {@link NetworkLinks} pools them over all schools.
     *
     * @param groupOfSchool each school's group, -1 when none
     * @param groupCount    the number of groups
     * @return per school the measures, {@code null} for a school in no group; per group the pooled figures
     */
    public static WithinGroups withinGroups(Study study, CompactGraph d, Relation relation, BitSet respondents,
                                            long[] gatekeeper, long[] representative, int[] groupOfSchool,
                                            int groupCount) {
        int[] school = study.schoolIndex();
        int[] scope = new int[school.length];
        for (int v = 0; v < scope.length; v++) {
            scope[v] = school[v] < 0 ? -1 : groupOfSchool[school[v]];
        }
        Scoped scoped = computeScoped(study, d, relation, respondents, gatekeeper, representative, scope,
                groupCount);
        List<SchoolLinks> schools = new ArrayList<>(scoped.tallies.length);
        int[] schoolsOf = new int[groupCount];
        int[] twoWayLinkedOf = new int[groupCount];
        for (int g = 0; g < scoped.tallies.length; g++) {
            if (groupOfSchool[g] < 0) {
                schools.add(null);
                continue;
            }
            SchoolLinks links = scoped.tallies[g].toLinks();
            schools.add(links);
            schoolsOf[groupOfSchool[g]]++;
            twoWayLinkedOf[groupOfSchool[g]] += links.twoWayLinked() ? 1 : 0;
        }
        List<NetworkLinks> groups = new ArrayList<>(groupCount);
        for (int k = 0; k < groupCount; k++) {
            Pool pool = scoped.pooled[k];
            groups.add(new NetworkLinks(schoolsOf[k], twoWayLinkedOf[k], share(pool.reach, pool.colleagues),
                    share(pool.strength, pool.colleagues)));
        }
        return new WithinGroups(java.util.Collections.unmodifiableList(schools), List.copyOf(groups));
    }

    /**
     * The measures of {@link #withinGroups}.
     *
     * @param schools per school, in {@link Study#schools()} order; {@code null} for a school in no group
     * @param groups  per group, the pooled companion
     */
    public record WithinGroups(List<SchoolLinks> schools, List<NetworkLinks> groups) {
    }

    /** The pooled colleagues of one scope. */
    private static final class Pool {
        int reach;
        double strength;
        int colleagues;
    }

    private record Scoped(Tally[] tallies, Pool[] pooled, Map<Integer, MemberLinks> memberLinks) {
    }

    /**
     * The tallies of every school, where a member u counts for person v only when scope[u] == scope[v];
     * colleagues pooled per scope (people of scope -1 in no pool).
     */
    private static Scoped computeScoped(Study study, CompactGraph d, Relation relation, BitSet respondents,
                                        long[] gatekeeper, long[] representative, int[] scope, int scopes) {
        int n = study.size();
        if (d.vertexCount() != n || gatekeeper.length != n || representative.length != n) {
            throw new IllegalArgumentException("graph and roster differ in size");
        }
        int[] school = study.schoolIndex();
        boolean[] member = new boolean[n];
        for (int v = 0; v < n; v++) {
            member[v] = study.people().get(v).member();
        }
        Map<Integer, MemberLinks> memberLinks = new HashMap<>();
        Tally[] tallies = new Tally[study.schools().size()];
        for (int g = 0; g < tallies.length; g++) {
            tallies[g] = new Tally();
        }
        double k = relation.scaleMax();
        Pool[] pooled = new Pool[scopes];
        for (int g = 0; g < scopes; g++) {
            pooled[g] = new Pool();
        }
        for (int v = 0; v < n; v++) {
            if (school[v] < 0) {
                continue;
            }
            Tally t = tallies[school[v]];
            boolean responded = respondents.get(v);
            if (responded) {
                t.respondents++;
            }
            if (member[v]) {
                t.members++;
                if (responded) {
                    t.respondingMembers++;
                }
                t.gatekeeper += gatekeeper[v];
                t.representative += representative[v];
                MemberLinks links = MemberLinks.of(d, v, school, member, scope, relation.flow());
                memberLinks.put(v, links);
                t.networkTies += links.networkTies();
                t.bridgingMembers += links.bridging() ? 1 : 0;
            } else {
                t.colleagues++;
                if (responded) {
                    t.respondingColleagues++;
                }
                double best = countColleagueTies(d, v, school, member, scope, respondents, relation, t);
                if (scope[v] >= 0) {
                    Pool pool = pooled[scope[v]];
                    pool.colleagues++;
                    pool.strength += best / k;
                    if (best > 0) {
                        pool.reach++;
                    }
                }
            }
        }
        return new Scoped(tallies, pooled, memberLinks);
    }

    /** The schools' measures from their tallies, with the network-level companion. */
    private static SchoolLinkMeasures collect(Tally[] tallies, int pooledReach, double pooledStrength,
                                              int pooledColleagues, Map<Integer, MemberLinks> memberLinks) {
        List<SchoolLinks> result = new ArrayList<>(tallies.length);
        int twoWayLinkedSchools = 0;
        for (Tally t : tallies) {
            SchoolLinks links = t.toLinks();
            result.add(links);
            if (links.twoWayLinked()) {
                twoWayLinkedSchools++;
            }
        }
        NetworkLinks network = new NetworkLinks(tallies.length, twoWayLinkedSchools,
                share(pooledReach, pooledColleagues), share(pooledStrength, pooledColleagues));
        return new SchoolLinkMeasures(result, network, memberLinks);
    }

    /**
     * Colleague c: best strengths to N, P and O, flows with own members and two-way links, added to the
     * school's tally.
     *
     * @return the best strength to anyone in N (0 when none)
     */
    private static double countColleagueTies(CompactGraph d, int c, int[] school, boolean[] member, int[] scope,
                                             BitSet respondents, Relation relation, Tally t) {
        ColleagueTies ties = ColleagueTies.of(d, c, school, member, scope, respondents);
        t.addColleague(ties, relation);
        return ties.bestAny;
    }

    /** The ties of one colleague c with network members, each neighbour seen once with both weights. */
    private static final class ColleagueTies {
        double bestAny;
        double bestOwn;
        double bestOther;
        int toOwnMembers;   // c -> p in D, p in P
        int fromOwnMembers; // p -> c in D, p in P
        int bothWays;       // both, p in P
        int twoWay;         // both, p in P, both respondents

        static ColleagueTies of(CompactGraph d, int c, int[] school, boolean[] member, int[] scope,
                                BitSet respondents) {
            ColleagueTies ties = new ColleagueTies();
            int[] out = d.outTargets();
            double[] outW = d.outWeights();
            int[] in = d.inSources();
            double[] inW = d.inWeights();
            int i = d.outOffsets()[c];
            int iEnd = d.outOffsets()[c + 1];
            int j = d.inOffsets()[c];
            int jEnd = d.inOffsets()[c + 1];
            // Merge the sorted out- and in-rows so that each neighbour p is seen once with both weights.
            while (i < iEnd || j < jEnd) {
                int p;
                double wOut = 0;
                double wIn = 0;
                if (j >= jEnd || i < iEnd && out[i] < in[j]) {
                    p = out[i];
                    wOut = outW[i++];
                } else if (i >= iEnd || in[j] < out[i]) {
                    p = in[j];
                    wIn = inW[j++];
                } else {
                    p = out[i];
                    wOut = outW[i++];
                    wIn = inW[j++];
                }
                if (!member[p] || scope[p] != scope[c]) {
                    continue;
                }
                double s = Math.max(wOut, wIn);
                ties.bestAny = Math.max(ties.bestAny, s);
                if (school[p] == school[c]) {
                    ties.bestOwn = Math.max(ties.bestOwn, s);
                    if (wOut > 0) {
                        ties.toOwnMembers++;
                    }
                    if (wIn > 0) {
                        ties.fromOwnMembers++;
                    }
                    if (wOut > 0 && wIn > 0) {
                        ties.bothWays++;
                        if (respondents.get(p) && respondents.get(c)) {
                            ties.twoWay++;
                        }
                    }
                } else {
                    ties.bestOther = Math.max(ties.bestOther, s);
                }
            }
            return ties;
        }
    }

    private static Double share(double part, long whole) {
        return whole == 0 ? null : part / whole;
    }

    /** Running counts of one school; sums are added in roster order, so results are deterministic. */
    private static final class Tally {
        int members;
        int colleagues;
        int respondents;
        int respondingMembers;
        int respondingColleagues;
        int reachAny;
        int reachOwn;
        int reachOther;
        int strongReach;
        double strengthAny;
        double strengthOwn;
        double strengthOther;
        long inflowTies;
        long outflowTies;
        long twoWayLinks;
        int colleaguesWithTwoWayLink;
        long networkTies;
        int bridgingMembers;
        long gatekeeper;
        long representative;

        /** Adds colleague c's ties, in roster order. */
        void addColleague(ColleagueTies c, Relation relation) {
            Flow flow = relation.flow();
            inflowTies += flow.carrying(c.fromOwnMembers, c.toOwnMembers, c.bothWays);  // p to c
            outflowTies += flow.carrying(c.toOwnMembers, c.fromOwnMembers, c.bothWays); // c to p
            twoWayLinks += c.twoWay;
            if (c.twoWay > 0) {
                colleaguesWithTwoWayLink++;
            }
            double k = relation.scaleMax();
            strengthAny += c.bestAny / k;
            strengthOwn += c.bestOwn / k;
            strengthOther += c.bestOther / k;
            if (c.bestAny > 0) {
                reachAny++;
            }
            if (c.bestOwn > 0) {
                reachOwn++;
            }
            if (c.bestOther > 0) {
                reachOther++;
            }
            if (c.bestAny >= relation.strongTieMin()) {
                strongReach++;
            }
        }

        SchoolLinks toLinks() {
            long eligible = (long) respondingMembers * respondingColleagues;
            boolean twoWayLinked = inflowTies > 0 && outflowTies > 0 && networkTies > 0;
            return new SchoolLinks(members, colleagues,
                    share(respondents, members + colleagues),
                    share(reachAny, colleagues), share(reachOwn, colleagues), share(reachOther, colleagues),
                    share(strengthAny, colleagues), share(strengthOwn, colleagues), share(strengthOther, colleagues),
                    share(strongReach, colleagues),
                    inflowTies, outflowTies, twoWayLinks, eligible, share(twoWayLinks, eligible),
                    share(colleaguesWithTwoWayLink, colleagues),
                    networkTies, bridgingMembers, twoWayLinked, gatekeeper, representative);
        }
    }
}
