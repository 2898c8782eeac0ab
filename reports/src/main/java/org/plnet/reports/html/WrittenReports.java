package org.plnet.reports.html;

import java.util.List;
import org.plnet.reports.layout.Layout;

/**
 * What {@link HtmlReports#write} wrote.
 *
 * @param files         the files, relative to the output folder, in writing order
 * @param networkLayout where the overview's sociogram puts each person (vertex i = person i), for exports
 *                      that carry positions
 */
public record WrittenReports(List<String> files, Layout networkLayout) {

    public WrittenReports {
        files = List.copyOf(files);
        java.util.Objects.requireNonNull(networkLayout);
    }
}
