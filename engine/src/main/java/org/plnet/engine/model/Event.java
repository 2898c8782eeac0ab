package org.plnet.engine.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event of events.csv (affiliations.md, section 1): a conference, workshop or enquiry group people attend.
 *
 * @param id         unique, non-empty identifier (trimmed)
 * @param name       display name; the id when events.csv gives none
 * @param date       the day it was held, or {@code null} when not given
 * @param type       free text such as "conference", or {@code null} when empty
 * @param attributes every other column of events.csv, in file order, as strings
 */
public record Event(String id, String name, LocalDate date, String type, Map<String, String> attributes) {

    public Event {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an event's id must not be empty");
        }
        name = name == null || name.isBlank() ? id : name;
        type = type == null || type.isBlank() ? null : type;
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes == null ? Map.of() : attributes));
    }

    /** An event known only by its id (attendance.csv without events.csv). */
    public static Event named(String id) {
        return new Event(id, null, null, null, Map.of());
    }
}
