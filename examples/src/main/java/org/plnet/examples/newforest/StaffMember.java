package org.plnet.examples.newforest;

import java.util.Objects;

/**
 * One row of people.csv.
 *
 * @param id               {@code p001}, {@code p002}, ... in file order
 * @param name             an invented name
 * @param school           the school the person works in
 * @param role             their job
 * @param member           whether they take part in the network
 * @param yearsExperience  years in teaching
 */
record StaffMember(String id, String name, School school, Role role, boolean member, int yearsExperience) {

    StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(school, "school");
        Objects.requireNonNull(role, "role");
    }
}
