package org.plnet.engine.scoring.breakdowns;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.scoring.brokerage.BrokerageCounts;

/**
 * Breaks the ties of D down by the value of a person attribute (programmes.md, section 4), over the whole
 * study and over each school's staff: for value v, P_v = the people whose attribute is v (in the school
 * table, those of P_v on the school's staff).
 *
 * <ul>
 * <li>outTies, inTies: ties of D from / to someone in P_v; crossSchoolOutTies, crossSchoolInTies: those of
 * them whose two ends are in different known schools;</li>
 * <li>crossSchoolShare = (crossSchoolOutTies + crossSchoolInTies) / (2 X), X = the cross-school ties of the
 * whole of D (both ends of known school, the schools different): the share of the study's cross-school tie
 * ends held by P_v; {@code null} when X = 0. The denominator stays the study's in a school's table;</li>
 * <li>eiIndex = (E - I) / (E + I), the E-I index of Krackhardt and Stern (1988), over the ties of D with at
 * least one end in P_v and both ends of known school, each such tie counted once (also when both ends are
 * in P_v); E = ties between two schools, I = ties within one; {@code null} when E + I = 0;</li>
 * <li>meanInDegree and meanBetweenness (unnormalised, Brandes 2001): means over P_v; meanOutDegree: mean
 * over the respondents of P_v (a non-respondent's out-ties are unknown), {@code null} when none
 * responded;</li>
 * <li>brokerage: the Gould and Fernandez (1989) counts (groups = schools) summed over P_v.</li>
 * </ul>
 *
 * <p>Values are listed in order of first appearance in people.csv order; a school lists the values that
 * occur among its staff, in that same order. Work is linear in people + ties.
 *
 * <p>References: D. Krackhardt and R. N. Stern (1988), Social Psychology Quarterly 51(2):123–140;
 * R. V. Gould and R. M. Fernandez (1989), "Structures of mediation", Sociological Methodology 19:89–126.
 *
 * @param study    the rows of the whole study, one per value
 * @param bySchool per school (in school index order), the rows of its staff
 */
public record AttributeBreakdown(List<Breakdown> study, List<List<Breakdown>> bySchool) {

    public AttributeBreakdown {
        study = List.copyOf(study);
        bySchool = List.copyOf(bySchool.stream().map(List::copyOf).toList());
    }

    /**
     * The breakdown of D by one attribute.
     *
     * @param values      each person's value of the attribute
     * @param school      each person's school index, -1 when unknown
     * @param schoolCount the number of schools
     * @param respondents who answered in this wave
     * @param betweenness each person's unnormalised betweenness on D
     * @param brokerage   each person's Gould–Fernandez counts on D
     */
    public static AttributeBreakdown compute(CompactGraph d, AttributeValues values, int[] school, int schoolCount,
                                             BitSet respondents, double[] betweenness,
                                             BrokerageCounts[] brokerage) {
        int n = d.vertexCount();
        if (school.length != n || values.valueOf().length != n || betweenness.length != n
                || brokerage.length != n) {
            throw new IllegalArgumentException("graph and per-person figures differ in size");
        }
        int valueCount = values.values().size();
        int[] value = values.valueOf();
        Cells all = new Cells(valueCount);
        Cells bySchool = new Cells(schoolCount * valueCount);
        long crossSchoolTies = 0;
        int[] outOffsets = d.outOffsets();
        int[] outTargets = d.outTargets();
        int[] inOffsets = d.inOffsets();
        int[] inSources = d.inSources();
        for (int u = 0; u < n; u++) {
            long crossOut = 0;
            long crossIn = 0;
            for (int k = outOffsets[u]; k < outOffsets[u + 1]; k++) {
                int w = outTargets[k];
                if (school[u] < 0 || school[w] < 0) {
                    continue;
                }
                boolean between = school[u] != school[w];
                if (between) {
                    crossOut++;
                    crossSchoolTies++;
                }
                // E-I: the tie counts once in each cell it touches, once only when both ends share the cell
                if (value[u] >= 0) {
                    all.tie(value[u], between);
                }
                if (value[w] >= 0 && value[w] != value[u]) {
                    all.tie(value[w], between);
                }
                int a = value[u] < 0 ? -1 : school[u] * valueCount + value[u];
                int b = value[w] < 0 ? -1 : school[w] * valueCount + value[w];
                if (a >= 0) {
                    bySchool.tie(a, between);
                }
                if (b >= 0 && b != a) {
                    bySchool.tie(b, between);
                }
            }
            if (value[u] < 0) {
                continue;
            }
            for (int k = inOffsets[u]; k < inOffsets[u + 1]; k++) {
                int w = inSources[k];
                if (school[u] >= 0 && school[w] >= 0 && school[u] != school[w]) {
                    crossIn++;
                }
            }
            int out = outOffsets[u + 1] - outOffsets[u];
            int in = inOffsets[u + 1] - inOffsets[u];
            all.person(value[u], out, in, crossOut, crossIn, respondents.get(u), betweenness[u], brokerage[u]);
            if (school[u] >= 0) {
                bySchool.person(school[u] * valueCount + value[u], out, in, crossOut, crossIn, respondents.get(u),
                        betweenness[u], brokerage[u]);
            }
        }
        List<Breakdown> study = new ArrayList<>(valueCount);
        for (int v = 0; v < valueCount; v++) {
            study.add(all.row(v, values.attribute(), values.values().get(v), crossSchoolTies));
        }
        List<List<Breakdown>> schools = new ArrayList<>(schoolCount);
        for (int g = 0; g < schoolCount; g++) {
            List<Breakdown> rows = new ArrayList<>();
            for (int v = 0; v < valueCount; v++) {
                int cell = g * valueCount + v;
                if (bySchool.people[cell] > 0) {
                    rows.add(bySchool.row(cell, values.attribute(), values.values().get(v), crossSchoolTies));
                }
            }
            schools.add(rows);
        }
        return new AttributeBreakdown(study, schools);
    }

    /** Running sums of each cell (a value, or a school and a value), added in roster order. */
    private static final class Cells {
        final int[] people;
        final int[] respondents;
        final long[] out;
        final long[] in;
        final long[] crossOut;
        final long[] crossIn;
        final long[] external;
        final long[] internal;
        final double[] betweenness;
        final long[] respondentOut;
        final long[][] roles;

        Cells(int size) {
            people = new int[size];
            respondents = new int[size];
            out = new long[size];
            in = new long[size];
            crossOut = new long[size];
            crossIn = new long[size];
            external = new long[size];
            internal = new long[size];
            betweenness = new double[size];
            respondentOut = new long[size];
            roles = new long[size][5];
        }

        void tie(int cell, boolean between) {
            if (between) {
                external[cell]++;
            } else {
                internal[cell]++;
            }
        }

        void person(int cell, int outDegree, int inDegree, long crossOutTies, long crossInTies, boolean responded,
                    double betweennessOf, BrokerageCounts counts) {
            people[cell]++;
            out[cell] += outDegree;
            in[cell] += inDegree;
            crossOut[cell] += crossOutTies;
            crossIn[cell] += crossInTies;
            betweenness[cell] += betweennessOf;
            if (responded) {
                respondents[cell]++;
                respondentOut[cell] += outDegree;
            }
            long[] r = roles[cell];
            r[0] += counts.coordinator();
            r[1] += counts.itinerant();
            r[2] += counts.representative();
            r[3] += counts.gatekeeper();
            r[4] += counts.liaison();
        }

        Breakdown row(int cell, String attribute, String value, long crossSchoolTies) {
            long e = external[cell];
            long i = internal[cell];
            long[] r = roles[cell];
            return new Breakdown(attribute, value, people[cell], respondents[cell], out[cell], in[cell],
                    crossOut[cell], crossIn[cell],
                    crossSchoolTies == 0 ? null : (crossOut[cell] + crossIn[cell]) / (2.0 * crossSchoolTies),
                    e + i == 0 ? null : (double) (e - i) / (e + i),
                    (double) in[cell] / people[cell], betweenness[cell] / people[cell],
                    respondents[cell] == 0 ? null : (double) respondentOut[cell] / respondents[cell],
                    new BrokerageCounts(r[0], r[1], r[2], r[3], r[4]));
        }
    }
}
