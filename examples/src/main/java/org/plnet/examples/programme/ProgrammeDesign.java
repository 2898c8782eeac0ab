package org.plnet.examples.programme;

/**
 * The size and shape of a generated programme.
 *
 * @param networks           how many learning networks
 * @param minSchools         fewest schools in a network
 * @param maxSchools         most schools in a network
 * @param schoolsWithout     schools in no network
 * @param meanStaff          mean staff of a school (primary smaller, secondary larger)
 * @param adviceTies         mean ties a respondent names for advice
 * @param researchTies       mean ties a respondent names for research use
 * @param responseRate       the share of staff who answer in each wave
 * @param seed               the seed of the one random number generator
 */
public record ProgrammeDesign(int networks, int minSchools, int maxSchools, int schoolsWithout, double meanStaff,
                              double adviceTies, double researchTies, double responseRate, long seed) {

    /** The example {@code examples/programme/}: about 12 networks, 120 schools, 4,000 staff. */
    public static final ProgrammeDesign EXAMPLE = new ProgrammeDesign(12, 6, 15, 3, 33, 7, 3, 0.8, 20021001L);

    /**
     * The scale of the Networked Learning Communities programme of 2002: 130 networks of 6 to 40 schools,
     * about 1,500 schools and 25,000 staff, about 250,000 advice ties in a wave.
     */
    public static final ProgrammeDesign NLC = new ProgrammeDesign(130, 6, 17, 0, 16.7, 11.8, 0, 0.85, 20020901L);
}
