package org.plnet.examples.newforest;

/**
 * The two relations of the survey. Both are asked with the same frequency scale, 1 = a few times a
 * year, 2 = about monthly, 3 = about every two weeks, 4 = weekly or more; both have flow {@code seek}
 * (the respondent goes to the person named).
 */
enum Question {
    ADVICE("advice", "Who do you go to for advice about teaching and learning?", 3.5, 0.14, 0.0),
    RESEARCH("research", "Who do you talk to about using research evidence in your teaching?", 2.0, 0.09, -0.3);

    private final String relation;
    private final String text;
    private final double baseNominations;
    private final double nominationsPerColleague;
    private final double frequencyShift;

    Question(String relation, String text, double baseNominations, double nominationsPerColleague,
             double frequencyShift) {
        this.relation = relation;
        this.text = text;
        this.baseNominations = baseNominations;
        this.nominationsPerColleague = nominationsPerColleague;
        this.frequencyShift = frequencyShift;
    }

    /** The value of the {@code relation} column of ties.csv. */
    String relation() {
        return relation;
    }

    /** The question as asked. */
    String text() {
        return text;
    }

    /** The mean number of people an average respondent names, given the staff of their school. */
    double meanNominations(int schoolStaff) {
        return baseNominations + nominationsPerColleague * schoolStaff;
    }

    /** A shift of the reported frequency: research talk is rarer than advice. */
    double frequencyShift() {
        return frequencyShift;
    }
}
