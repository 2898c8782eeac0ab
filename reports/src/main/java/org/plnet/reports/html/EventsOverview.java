package org.plnet.reports.html;

import java.util.List;

/**
 * The overview's events section (affiliations.md, section 4): the data of {@code events-overview.mustache}.
 * Every text is plain; the template escapes it.
 *
 * @param wave        the wave whose attendance is shown
 * @param summary     the events, attendances and new cross-school pairs of the wave in one sentence
 * @param events      one row per event with attendance, in the order they were held
 * @param picture     people and the events they attended, two kinds of marks
 */
public record EventsOverview(String wave, String summary, List<EventRow> events, Picture picture) {

    /**
     * An event of the table.
     *
     * @param name        its name
     * @param date        its date (ISO 8601), or empty
     * @param type        its type, or empty
     * @param size        its attendees
     * @param schools     the schools among them
     * @param crossPairs  pairs of attendees of different schools
     * @param newPairs    those pairs that met at no earlier event
     */
    public record EventRow(String name, String date, String type, Cell size, Cell schools, Cell crossPairs,
                           Cell newPairs) {
    }

    /**
     * An SVG picture of people (circles in their school's colour) and events (dark squares), a line for each
     * attendance.
     *
     * @param viewBox     the SVG view box
     * @param description the long text alternative
     * @param lines       one per attendance
     * @param people      a circle per person who attended
     * @param events      a square per event
     */
    public record Picture(String viewBox, String description, List<Line> lines, List<Mark> people,
                          List<Mark> events) {
    }

    /** A line from a person to an event. */
    public record Line(String x1, String y1, String x2, String y2) {
    }

    /**
     * A mark: its centre, half its size, fill and hover text.
     */
    public record Mark(String x, String y, String r, String corner, String size, String fill, String title) {
    }
}
