package org.plnet.reports.html;

import java.util.List;

/**
 * A page with every relation and survey of the study in it: the data of {@code index.mustache} and
 * {@code school.mustache}. The page opens on {@code shown}; a small inline script lets the reader switch
 * views, and without the script (or on paper) the page shows {@code shown} alone.
 *
 * @param shown the view the page opens on
 * @param views every view, in the order of the study's relations and surveys
 * @param about which network this is: study.yaml's description, or {@code null}
 * @param <P>   the kind of page
 */
public record ViewedPage<P>(P shown, List<View<P>> views, String about) {

    public ViewedPage {
        views = List.copyOf(views);
    }

    /** Whether there is more than one view to choose from. */
    public boolean hasChoice() {
        return views.size() > 1;
    }
}
