package org.plnet.reports.html;

import java.util.Objects;

/**
 * What the pages may disclose: who may be named ({@link NameMode}) and, in {@link NameMode#AGGREGATE}, the
 * smallest group whose figures may be shown. Staff-survey tools withhold the results of groups smaller than
 * about five so that no answer can be traced to a person; a group here is the set of people a figure is
 * computed over (a school's staff, its network members, the staff who are not members, the people of one
 * role).
 *
 * @param names        who may be named
 * @param minimumGroup the smallest group shown in {@link NameMode#AGGREGATE}; at least 1
 */
public record Disclosure(NameMode names, int minimumGroup) {

    /** The default minimum group size, as in common staff-survey practice. */
    public static final int DEFAULT_MINIMUM_GROUP = 5;

    public Disclosure {
        Objects.requireNonNull(names);
        if (minimumGroup < 1) {
            throw new IllegalArgumentException("the minimum group size must be at least 1: " + minimumGroup);
        }
    }

    /** The mode with the default minimum group size. */
    public static Disclosure of(NameMode names) {
        return new Disclosure(names, DEFAULT_MINIMUM_GROUP);
    }

    /** Whether a figure computed over a group of this size may be shown. */
    public boolean shows(long groupSize) {
        return names != NameMode.AGGREGATE || groupSize >= minimumGroup;
    }

    /** Whether individual people may appear (tables of people, sociograms, names or pseudonyms). */
    public boolean showsPeople() {
        return names.showsPeople();
    }

    /** The sentence a page says where it withheld a figure. */
    public String withheldNote() {
        return "Figures of groups of fewer than " + minimumGroup + " people are not shown, so that nobody\u2019s"
                + " answers can be told from them.";
    }
}
