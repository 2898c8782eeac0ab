package org.plnet.surveys.report;

/**
 * How many of a school's staff answered in one wave.
 *
 * @param school      the school, or {@code null} for the people without one
 * @param staff       people of the roster in this school
 * @param respondents those of them who answered in the wave
 */
public record SchoolResponse(String school, int staff, int respondents) {

    /** How the people without a school are named in reports. */
    public static final String NO_SCHOOL = "(no school)";

    public SchoolResponse {
        if (staff < 0 || respondents < 0 || respondents > staff) {
            throw new IllegalArgumentException("need 0 <= respondents <= staff, got " + respondents + " of " + staff);
        }
    }

    /** The school's name, or {@value #NO_SCHOOL}. */
    public String label() {
        return school == null ? NO_SCHOOL : school;
    }

    /** respondents / staff; {@code null} when the school has no staff. */
    public Double responseRate() {
        return staff == 0 ? null : (double) respondents / staff;
    }
}
