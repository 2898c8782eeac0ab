package org.plnet.surveys.report;

import java.util.List;
import java.util.Objects;

/**
 * Who answered in one wave, school by school.
 *
 * @param wave    the wave
 * @param schools one entry per school in order of first appearance in the roster, then the people without a
 *                school when there are any
 */
public record WaveResponse(String wave, List<SchoolResponse> schools) {

    public WaveResponse {
        Objects.requireNonNull(wave, "wave");
        schools = List.copyOf(schools);
    }

    public int staff() {
        return schools.stream().mapToInt(SchoolResponse::staff).sum();
    }

    public int respondents() {
        return schools.stream().mapToInt(SchoolResponse::respondents).sum();
    }

    /** respondents / staff over every school; {@code null} when the roster is empty. */
    public Double responseRate() {
        int staff = staff();
        return staff == 0 ? null : (double) respondents() / staff;
    }
}
