package org.plnet.reports;

import java.util.Objects;
import org.plnet.reports.html.ComparedWaves;
import org.plnet.reports.html.NameMode;

/**
 * What a report shows beyond the analysis files.
 *
 * @param waves the relation and wave the pages describe, with the wave they compare with; the exports show
 *              the same relation and wave
 * @param names who the pages may name
 */
public record ReportOptions(ComparedWaves waves, NameMode names) {

    public ReportOptions {
        Objects.requireNonNull(waves);
        Objects.requireNonNull(names);
    }
}
