package org.plnet.examples.newforest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * How respondents answer a name generator. Respondent i names k people, drawn without replacement with
 * probability proportional to exp(u(i,j)) (Gumbel top-k), where the log-odds u(i,j) add up
 * <ul>
 *   <li>an acquaintance a(i,j) = a(j,i) ~ N(0,1) shared by both relations and waves, which makes ties
 *       partly reciprocated and stable from wave to wave;</li>
 *   <li>the appeal of j's role for the question ({@link Role#appeal});</li>
 *   <li>within a school, the school's {@link LinkDesign} for colleague-member and member-colleague
 *       pairs;</li>
 *   <li>across schools, {@value #OTHER_SCHOOL} (ties stay mostly within school), raised for people of
 *       the same phase, for SENCos (they meet in cluster groups), for members meeting at the network,
 *       and for research talk with other schools' members (the network's open events).</li>
 * </ul>
 * k has mean {@link Question#meanNominations} scaled by a personal sociability, more for members;
 * a few respondents name nobody. The frequency 1..4 of a tie rises with acquaintance, is higher within
 * a school and grows in the second wave where the design says so.
 */
final class TieModel {

    static final double ACQUAINTANCE = 1.2;
    static final double OTHER_SCHOOL = -5.5;
    static final double SAME_PHASE = 0.5;
    static final double SENCO_CLUSTER = 3.0;
    static final double RESEARCH_AMONG_MEMBERS = 1.0;
    static final double NAMES_NOBODY = 0.03;
    private static final double[] NETWORK_MEETINGS = {3.5, 4.5};
    private static final double[] OPEN_EVENTS = {0.5, 1.5};
    private static final double[] EXTRA_NOMINATIONS_OF_MEMBERS = {1.0, 2.5};
    private static final double[] EXTRA_NOMINATIONS = {0.0, 0.5};

    private final List<StaffMember> staff;
    // A dense matrix is fine for this fixed roster of about 300 people.
    private final double[][] acquaintance;
    private final double[] sociability;

    TieModel(List<StaffMember> staff, Random random) {
        this.staff = staff;
        int n = staff.size();
        acquaintance = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                acquaintance[i][j] = random.nextGaussian();
                acquaintance[j][i] = acquaintance[i][j];
            }
        }
        sociability = new double[n];
        for (int i = 0; i < n; i++) {
            sociability[i] = StrictMath.exp(0.3 * random.nextGaussian());
        }
    }

    /** The ties every respondent of the wave reports for the question, by source then target. */
    List<Tie> answers(Question question, Wave wave, Responses responses, Random random) {
        List<Tie> ties = new ArrayList<>();
        for (int i = 0; i < staff.size(); i++) {
            if (!responses.answered(wave, i)) {
                continue;
            }
            int count = nominations(i, question, wave, random);
            for (int j : choose(i, count, question, wave, random)) {
                ties.add(new Tie(i, j, question, wave, frequency(i, j, question, wave, random)));
            }
        }
        return ties;
    }

    private int nominations(int i, Question question, Wave wave, Random random) {
        StaffMember person = staff.get(i);
        boolean nobody = random.nextDouble() < NAMES_NOBODY;
        double mean = question.meanNominations(person.school().staff()) * sociability[i]
                * (person.role() == Role.TEACHING_ASSISTANT ? 0.8 : 1.0)
                + EXTRA_NOMINATIONS[wave.ordinal()]
                + (person.member() ? EXTRA_NOMINATIONS_OF_MEMBERS[wave.ordinal()] : 0.0);
        long count = Math.round(mean + random.nextGaussian());
        return nobody ? 0 : (int) Math.max(0, count);
    }

    /** Gumbel top-k: the k largest u(i,j) + Gumbel noise, returned in roster order. */
    private List<Integer> choose(int i, int count, Question question, Wave wave, Random random) {
        record Candidate(int person, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int j = 0; j < staff.size(); j++) {
            double gumbel = gumbel(random);
            double preference = j == i ? Double.NEGATIVE_INFINITY : preference(i, j, question, wave);
            if (preference > Double.NEGATIVE_INFINITY) {
                candidates.add(new Candidate(j, preference + gumbel));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::person));
        return candidates.subList(0, Math.min(count, candidates.size())).stream()
                .map(Candidate::person).sorted().toList();
    }

    /** u(i,j), the log-odds of i naming j; negative infinity when the design rules the tie out. */
    private double preference(int i, int j, Question question, Wave wave) {
        StaffMember ego = staff.get(i);
        StaffMember alter = staff.get(j);
        double u = ACQUAINTANCE * acquaintance[i][j] + alter.role().appeal(question);
        if (ego.school().equals(alter.school())) {
            LinkDesign design = ego.school().design();
            if (!ego.member() && alter.member()) {
                u += design.colleagueToMember(wave);
            } else if (ego.member() && !alter.member()) {
                u += design.memberToColleague(wave);
            } else if (ego.member() && question == Question.RESEARCH) {
                u += RESEARCH_AMONG_MEMBERS;
            }
            return u;
        }
        u += OTHER_SCHOOL;
        if (ego.school().phase() == alter.school().phase()) {
            u += SAME_PHASE;
        }
        if (ego.role() == Role.SENCO && alter.role() == Role.SENCO) {
            u += SENCO_CLUSTER;
        }
        if (ego.member() && alter.member()) {
            if (ego.school().design().networkContact() == NetworkContact.CUT_OFF
                    || alter.school().design().networkContact() == NetworkContact.CUT_OFF) {
                return Double.NEGATIVE_INFINITY;
            }
            u += NETWORK_MEETINGS[wave.ordinal()] + (question == Question.RESEARCH ? RESEARCH_AMONG_MEMBERS : 0.0);
        } else if (alter.member() && question == Question.RESEARCH
                && alter.school().design().networkContact() == NetworkContact.CONNECTED) {
            u += OPEN_EVENTS[wave.ordinal()];
        }
        return u;
    }

    private int frequency(int i, int j, Question question, Wave wave, Random random) {
        StaffMember ego = staff.get(i);
        StaffMember alter = staff.get(j);
        boolean sameSchool = ego.school().equals(alter.school());
        double level = 1.3 + 0.5 * acquaintance[i][j] + question.frequencyShift() + 0.7 * random.nextGaussian();
        if (sameSchool) {
            level += 0.9;
        }
        if (wave == Wave.SECOND && ego.member() != alter.member() && sameSchool
                && ego.school().design().strengthensInSecondWave()) {
            level += 0.6;
        }
        if (wave == Wave.SECOND && ego.member() && alter.member() && !sameSchool) {
            level += 0.4;
        }
        return (int) Math.max(1, Math.min(4, Math.round(level)));
    }

    private static double gumbel(Random random) {
        double u = random.nextDouble();
        while (u == 0.0) {
            u = random.nextDouble();
        }
        return -StrictMath.log(-StrictMath.log(u));
    }
}
