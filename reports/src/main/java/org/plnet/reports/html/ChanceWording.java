package org.plnet.reports.html;

import java.util.ArrayList;
import java.util.List;
import org.plnet.engine.model.Flow;
import org.plnet.engine.scoring.brokerage.BrokerageAgainstChance;
import org.plnet.engine.scoring.brokerage.BrokerageRole;
import org.plnet.engine.scoring.brokerage.RoleValues;
import org.plnet.engine.scoring.change.TieTurnover;
import org.plnet.engine.scoring.homophily.EITest;

/**
 * The statistics of statistics.md in words for readers who are not statisticians: which brokerage counts are
 * above chance, whether ties keep inside schools more (or less) than chance would give, and which ties are
 * kept, new and lost between two surveys. Each sentence carries the figure it rests on.
 */
final class ChanceWording {

    /** A z-score at least this large marks a count as above chance (about the top 2.5% of a normal curve). */
    static final double Z_ABOVE_CHANCE = 2;
    /** A one-sided p-value at most this small (5% for either direction) marks an E-I index as beyond chance. */
    static final double P_BEYOND_CHANCE = 0.025;

    /** The note under the brokers table. */
    static final String BROKERAGE_NOTE = "\u201cMore than chance\u201d marks counts at least two standard deviations"
            + " above what a random network of the same people and the same number of ties would give"
            + " (z \u2265 2; Gould & Fernandez 1989).";

    private ChanceWording() {
    }

    /** Which of a broker's counts are above chance, e.g. "carries learning out of own school (z 2.4)", or "no". */
    static String brokerage(BrokerageAgainstChance.Figures f, Flow flow) {
        if (f == null) {
            return "cannot tell (school not known)";
        }
        RoleValues z = f.z();
        List<String> above = new ArrayList<>();
        // only the counts the brokers table shows: its "all pairs across schools" leaves out the pairs
        // inside the broker's own school, so neither the total's nor the coordinator's z is said here
        // the same mapping of gatekeeper and representative to "in" and "out" as the counts' columns
        boolean inIsGatekeeper = flow.carrying(1, 0, 0) == 1;
        BrokerageRole in = inIsGatekeeper ? BrokerageRole.GATEKEEPER : BrokerageRole.REPRESENTATIVE;
        BrokerageRole out = inIsGatekeeper ? BrokerageRole.REPRESENTATIVE : BrokerageRole.GATEKEEPER;
        add(above, "carries learning into own school", z.of(in));
        add(above, "carries learning out of own school", z.of(out));
        add(above, "links two other schools", z.liaison());
        add(above, "links people of one other school", z.itinerant());
        return above.isEmpty() ? "no" : String.join("; ", above);
    }

    private static void add(List<String> above, String what, Double z) {
        if (z != null && z >= Z_ABOVE_CHANCE) {
            above.add(what + " (z " + FigureText.round(z, 1) + ")");
        }
    }

    /**
     * Whether ties stay inside schools, or cross them, more than chance would give.
     *
     * @param whose "this school's staff" or "the network's staff"
     */
    static String insideOrAcross(EITest t, String whose) {
        if (t == null) {
            return "Whether " + whose + "\u2019s ties stay inside or cross school walls more than chance would give"
                    + " cannot be told: there are no ties to count.";
        }
        String randomMix = "a random mix of the same staff across schools would give about "
                + FigureText.round(t.expected(), 2) + "; here it is " + FigureText.round(t.observed(), 2);
        if (t.pLess() <= P_BEYOND_CHANCE) {
            return "More of " + whose + "\u2019s ties stay inside school walls than chance would give (" + randomMix
                    + " on a scale from \u22121, all inside, to +1, all across; p " + p(t.pLess()) + ").";
        }
        if (t.pGreater() <= P_BEYOND_CHANCE) {
            return "More of " + whose + "\u2019s ties cross school walls than chance would give (" + randomMix
                    + " on a scale from \u22121, all inside, to +1, all across; p " + p(t.pGreater()) + ").";
        }
        return "The balance of " + whose + "\u2019s ties inside and across school walls is what chance could give ("
                + randomMix + ").";
    }

    /** The kept, new and lost ties of a school's staff between two surveys, in one sentence. */
    static String turnover(TieTurnover.SchoolTurnover t, String before, String now) {
        long all = t.kept() + t.added() + t.lost();
        if (all == 0) {
            return "Among staff who answered both surveys, nobody named anyone in either survey.";
        }
        return "Among staff who answered both surveys (" + before + " and " + now + "): " + t.kept() + " of their ties"
                + " were named both times, " + t.added() + " are new and " + t.lost() + " were named in " + before
                + " but not in " + now + ".";
    }

    private static String p(double p) {
        return p < 0.001 ? "below 0.001" : "= " + FigureText.round(p, 3);
    }
}
