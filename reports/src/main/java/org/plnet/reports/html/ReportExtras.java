package org.plnet.reports.html;

/**
 * What a programme adds to the overview and a school's page, rendered by the partials
 * {@code breakdowns.mustache} and {@code network-link.mustache} in a scope of its own beside the page's, so
 * that the page records stay as they are. Each part is {@code null} when there is nothing to show, and the
 * partials then write nothing.
 *
 * @param breakdownTables the breakdown tables
 * @param networkLink     the school's learning network and its page
 */
public record ReportExtras(BreakdownTables breakdownTables, NetworkLink networkLink) {

    /** Nothing to add. */
    public static final ReportExtras NONE = new ReportExtras(null, null);

    /**
     * A link to a network's page.
     *
     * @param network the network's name
     * @param href    its page, relative to the page linking
     */
    public record NetworkLink(String network, String href) {
    }
}
