package org.plnet.examples.newforest;

/**
 * One row of ties.csv: {@code source} named {@code target} in answer to {@code question}.
 *
 * @param source    index of the respondent in the roster
 * @param target    index of the person named
 * @param question  the relation
 * @param wave      the survey round
 * @param weight    reported frequency, 1..4
 */
record Tie(int source, int target, Question question, Wave wave, int weight) {
}
