package org.plnet.examples.newforest;

import java.util.List;
import java.util.Objects;

/**
 * The generated study, before it is written out.
 *
 * @param schools    the schools, in roster order
 * @param staff      people.csv, in file order
 * @param responses  who answered in each wave
 * @param ties       ties.csv, by wave, relation, source, target
 * @param attendance attendance.csv, event by event
 */
record NewForestStudy(List<School> schools, List<StaffMember> staff, Responses responses, List<Tie> ties,
                      List<NetworkEvents.Attendance> attendance) {

    NewForestStudy {
        schools = List.copyOf(schools);
        staff = List.copyOf(staff);
        Objects.requireNonNull(responses, "responses");
        ties = List.copyOf(ties);
        attendance = List.copyOf(attendance);
    }

    /** Number of ties of one relation and wave. */
    long tieCount(Question question, Wave wave) {
        return ties.stream().filter(t -> t.question() == question && t.wave() == wave).count();
    }

    /** Number of respondents in a wave. */
    long respondentCount(Wave wave) {
        long count = 0;
        for (int i = 0; i < staff.size(); i++) {
            count += responses.answered(wave, i) ? 1 : 0;
        }
        return count;
    }
}
