package org.plnet.reports.html;

import java.util.List;

/**
 * What {@code index.html} shows for a programme of learning networks (programmes.md, section 5): the data of
 * the template {@code programme.mustache}. Every text is plain; the template escapes it.
 *
 * @param heading          the page's context: study, relation, wave
 * @param namesNote        who is named on this page (nobody, unless names: full)
 * @param figures          the headline figures of the programme
 * @param networkColumns   the columns of the networks table after the network's name
 * @param networks         one row per network, linking to its page
 * @param medians          the median of each column over the networks
 * @param map              the networks as a picture
 * @param schoolsWithout   the schools in no network, each linking to its page
 */
public record ProgrammeOverviewPage(PageHeading heading, String namesNote, List<Figure> figures,
                                    List<Column> networkColumns, List<OverviewPage.SchoolRow> networks,
                                    List<Cell> medians, NetworkMap map, List<Link> schoolsWithout) {

    public boolean hasSchoolsWithout() {
        return !schoolsWithout.isEmpty();
    }

    /**
     * A link to a page.
     *
     * @param name the page's subject
     * @param href the page, relative to this one
     */
    public record Link(String name, String href) {
    }
}
