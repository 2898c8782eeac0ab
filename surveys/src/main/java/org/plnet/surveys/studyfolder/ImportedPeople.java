package org.plnet.surveys.studyfolder;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.plnet.engine.model.Person;
import org.plnet.surveys.rows.RespondentRow;

/**
 * The people and respondents of a study whose survey exports study.yaml imported in memory: what its people.csv
 * and respondents.csv would hold had {@code plnet import} written them, handed over as values, not as text.
 *
 * @param people      the people, checked, without a {@code respondent} column
 * @param respondents the respondent rows, when the study lists its respondents: each where the folder's
 *                    respondents.csv or the export that lists it has it
 */
public record ImportedPeople(List<Person> people, Optional<List<RespondentRow>> respondents) {

    public ImportedPeople {
        people = List.copyOf(people);
        respondents = Objects.requireNonNull(respondents, "respondents").map(List::copyOf);
    }
}
