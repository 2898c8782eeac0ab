package org.plnet.examples.newforest;

/**
 * What a school's link to the network was built to look like (school-links.md), as shifts of the
 * log-odds that a colleague names one of the school's own members, and that a member names one of the
 * school's colleagues, per wave. {@link Double#NEGATIVE_INFINITY} means "never". Both relations have
 * flow {@code seek}, so a colleague naming a member is inflow (network to school) and a member naming
 * a colleague is outflow (school to network).
 */
enum LinkDesign {
    /** Strong and growing both ways; members tied into the network. Expected: two-way linked. */
    TWO_WAY(1.0, 2.0, 0.8, 1.8, NetworkContact.CONNECTED),
    /** Colleagues go to the members, the members never go to colleagues: inflow only, no outflow. */
    INFLOW_ONLY(1.0, 1.5, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, NetworkContact.CONNECTED),
    /** The members go to colleagues, colleagues never go to the members: outflow only, no inflow. */
    OUTFLOW_ONLY(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.5, 1.0, NetworkContact.CONNECTED),
    /** Members well linked inside the school, but with no tie to any other school's member. */
    NO_NETWORK_TIES(0.5, 1.0, 0.5, 1.0, NetworkContact.CUT_OFF),
    /** Inflow only in the first wave; in the second the members also go to colleagues. */
    GROWING(0.3, 1.5, Double.NEGATIVE_INFINITY, 1.2, NetworkContact.CONNECTED),
    /** Members turned to the network more than to their colleagues: links exist but are thin. */
    NETWORK_FACING(-2.5, -2.0, -2.5, -2.0, NetworkContact.CONNECTED),
    /** No particular pull either way, a little growth. */
    MODERATE(0.0, 0.5, 0.0, 0.4, NetworkContact.CONNECTED);

    private final double colleagueToMemberFirst;
    private final double colleagueToMemberSecond;
    private final double memberToColleagueFirst;
    private final double memberToColleagueSecond;
    private final NetworkContact networkContact;

    LinkDesign(double colleagueToMemberFirst, double colleagueToMemberSecond,
               double memberToColleagueFirst, double memberToColleagueSecond, NetworkContact networkContact) {
        this.colleagueToMemberFirst = colleagueToMemberFirst;
        this.colleagueToMemberSecond = colleagueToMemberSecond;
        this.memberToColleagueFirst = memberToColleagueFirst;
        this.memberToColleagueSecond = memberToColleagueSecond;
        this.networkContact = networkContact;
    }

    /** Log-odds shift for a colleague naming one of the school's own members. */
    double colleagueToMember(Wave wave) {
        return wave == Wave.FIRST ? colleagueToMemberFirst : colleagueToMemberSecond;
    }

    /** Log-odds shift for a member naming one of the school's own colleagues. */
    double memberToColleague(Wave wave) {
        return wave == Wave.FIRST ? memberToColleagueFirst : memberToColleagueSecond;
    }

    /** Whether the school's members may have ties with other schools' members. */
    NetworkContact networkContact() {
        return networkContact;
    }

    /** Whether member-colleague ties of the school grow stronger in the second wave. */
    boolean strengthensInSecondWave() {
        return this == TWO_WAY || this == GROWING;
    }
}
