package org.plnet.surveys.rows;

import org.plnet.surveys.ReadMode;

/**
 * The study-format rules for tie rows (docs/spec/study-format.md, "ties.csv"), in one place for every path a
 * row takes: ties.csv of a study folder ({@link StudyBuilder}), and the ties of survey exports, whether
 * a study.yaml imports them or {@code plnet import} writes them ({@code imports.write.StudyFolderUpdate}).
 *
 * <p>A row is a tie when its weight is above 0 and its source is not its target; the rows of one source,
 * target, relation and wave are one tie with the largest weight; a row naming someone not among the people
 * stops a strict reading and is skipped (and reported) in a lenient one. Callers word the messages.
 */
public final class TieRule {

    /** What a row is. */
    public enum Kind {
        /** a tie to keep */
        TIE,
        /** weight 0 (or below): the row says there is no tie */
        NO_TIE,
        /** source and target are one person: dropped */
        SELF_TIE
    }

    private TieRule() {
    }

    /** What a row from {@code source} to {@code target} of {@code weight} is; people as ids. */
    public static Kind kind(String source, String target, double weight) {
        return !(weight > 0) ? Kind.NO_TIE : source.equals(target) ? Kind.SELF_TIE : Kind.TIE;
    }

    /** What a row from {@code source} to {@code target} of {@code weight} is; people as roster indices. */
    public static Kind kind(int source, int target, double weight) {
        return !(weight > 0) ? Kind.NO_TIE : source == target ? Kind.SELF_TIE : Kind.TIE;
    }

    /** The weight of a tie given by two rows: the larger. */
    public static double merged(double kept, double again) {
        return Math.max(kept, again);
    }

    /** Whether a row naming someone not among the people is skipped (lenient) rather than an error. */
    public static boolean skipsUnknownPeople(ReadMode mode) {
        return mode == ReadMode.LENIENT;
    }
}
