package org.plnet.reports.html;

/**
 * The events sections of a page, rendered as a second Mustache scope beside the page's own data so that the
 * page records need not know about attendance; a section is {@code null} (not shown) when the wave of the report
 * has no attendance.
 *
 * @param eventsOverview the overview's events section, or null
 * @param schoolEvents   a school page's events section, or null
 */
public record AttendanceScope(EventsOverview eventsOverview, SchoolEvents schoolEvents) {
}
