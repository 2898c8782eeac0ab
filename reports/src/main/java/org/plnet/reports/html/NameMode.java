package org.plnet.reports.html;

/** Who is named in the HTML reports ({@code plnet report --names}). */
public enum NameMode {
    /** Everyone is named on every page: for the researcher's own use. */
    FULL,
    /**
     * A school's report names only that school's own staff; people of other schools appear as
     * "Member 3, Burley Primary" or "Colleague 17, Burley Primary". The network overview names nobody. The
     * default: each head teacher can be given their own school's page.
     */
    SCHOOL,
    /** Nobody is named anywhere: "Member 3", "Colleague 17", the same on every page. */
    NONE,
    /**
     * Safe to hand out to school leaders and to show at a meeting of heads: no person appears at all (no
     * names, pseudonyms, roles of individuals, person-level ties or marks), only figures of groups, and a
     * group's figures only when the group has at least the minimum group size ({@link Disclosure}). The
     * overview shows network-wide figures and their change, with no ranking of schools.
     */
    AGGREGATE;

    /** Whether pages in this mode may show individual people at all (tables of people, sociograms). */
    public boolean showsPeople() {
        return this != AGGREGATE;
    }

    /** The spelling on the command line. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
