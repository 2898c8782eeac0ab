package org.plnet.reports;

import java.util.Objects;
import org.plnet.reports.html.ComparedWaves;
import org.plnet.reports.html.Disclosure;
import org.plnet.reports.html.NameMode;

/**
 * What a report shows beyond the analysis files.
 *
 * @param waves the relation and wave the pages describe, with the wave they compare with; the exports show
 *              the same relation and wave
 * @param names who the pages may name
 * @param minimumGroup the smallest group whose figures the aggregate mode shows
 */
public record ReportOptions(ComparedWaves waves, NameMode names, int minimumGroup) {

    public ReportOptions {
        Objects.requireNonNull(waves);
        Objects.requireNonNull(names);
    }

    /** With the default minimum group size. */
    public ReportOptions(ComparedWaves waves, NameMode names) {
        this(waves, names, Disclosure.DEFAULT_MINIMUM_GROUP);
    }

    /** What the pages may disclose. */
    public Disclosure disclosure() {
        return new Disclosure(names, minimumGroup);
    }
}
