package org.plnet.reports.html;

import java.util.List;

/**
 * A school page's "events your staff attended, and the schools they met there" (affiliations.md, section 4): the
 * data of {@code events-school.mustache}. It names the school's own staff only as the page's {@link NameMode}
 * allows, and other schools by school only, never their people.
 *
 * @param wave    the wave whose attendance is shown
 * @param summary the staff's attendance in one sentence
 * @param events  one row per event the school's staff attended, in the order they were held
 */
public record SchoolEvents(String wave, String summary, List<Row> events) {

    public boolean hasEvents() {
        return !events.isEmpty();
    }

    /**
     * An event the school's staff attended.
     *
     * @param name         the event
     * @param date         its date (ISO 8601), or empty
     * @param staff        how many of the school's staff attended
     * @param who          who they were, as the page may call them
     * @param otherSchools the other schools whose staff were there, in roster order, or "none"
     * @param schoolsMet   how many other schools
     */
    public record Row(String name, String date, Cell staff, String who, String otherSchools, Cell schoolsMet) {
    }
}
