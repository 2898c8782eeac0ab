package org.plnet.reports.html;

import java.util.List;
import org.plnet.reports.layout.Sociogram;

/**
 * What a learning network's page {@code networks/<slug>.html} shows (programmes.md, section 5): the data of
 * the template {@code network.mustache}. Every text is plain; the template escapes it.
 *
 * @param heading       the page's context: study, relation, wave
 * @param network       the network's name
 * @param namesNote     who is named on this page
 * @param figures       the network's figures, each with its meaning
 * @param schoolColumns the columns of the schools table after the school's name
 * @param schools       one row per school of the network, linking to its page
 * @param medians       the network's median of each column
 * @param sociogram     the network's staff and the ties among them
 * @param legend        the sociogram's key
 * @param brokers       the people of the network with the most brokerage, most first
 * @param brokerageNote brokerage explained in flow terms for this relation
 */
public record NetworkPage(PageHeading heading, String network, String namesNote, List<Figure> figures,
                          List<Column> schoolColumns, List<OverviewPage.SchoolRow> schools, List<Cell> medians,
                          Sociogram sociogram, List<LegendEntry> legend, List<Broker> brokers, String brokerageNote) {

    /** Whether the page shows people (not in the aggregate mode): the school table, picture and brokers. */
    public boolean showsPeople() {
        return sociogram != null;
    }

    public boolean hasBrokers() {
        return !brokers.isEmpty();
    }

    /**
     * A broker of the network.
     *
     * @param person as the page may call them
     * @param school their school
     * @param total  their open two-paths with at least one other school involved
     * @param all    all their open two-paths
     */
    public record Broker(String person, String school, Cell total, Cell all) {
    }
}
