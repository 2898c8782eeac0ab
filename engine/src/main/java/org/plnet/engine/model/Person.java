package org.plnet.engine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One person of the roster.
 *
 * @param id         unique, non-empty identifier (trimmed)
 * @param name       display name; the id when the roster has none
 * @param school     the school the person belongs to, or {@code null} when unknown
 * @param role       free text such as "teacher", or {@code null} when empty
 * @param member     whether the person takes part in the cross-school learning network
 * @param attributes every other roster column, in file order, as strings
 */
public record Person(String id, String name, String school, String role, boolean member,
                     Map<String, String> attributes) {

    public Person {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a person's id must not be empty");
        }
        name = name == null || name.isBlank() ? id : name;
        school = school == null || school.isBlank() ? null : school;
        role = role == null || role.isBlank() ? null : role;
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(
                attributes == null ? Map.of() : attributes));
    }

    public Person(String id, String school, boolean member) {
        this(id, null, school, null, member, Map.of());
    }

    public boolean hasSchool() {
        return school != null;
    }
}
