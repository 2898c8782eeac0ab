package org.plnet.surveys.studyfolder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Person;
import org.plnet.surveys.rows.RespondentRow;

/**
 * The people and respondents of a study whose survey exports study.yaml imported in memory: what its people.csv
 * and respondents.csv would hold had {@code plnet import} written them, handed over as values, not as text.
 *
 * @param people      the people, checked, without a {@code respondent} column
 * @param respondents who answered, per wave, when the study lists its respondents
 */
public record ImportedPeople(List<Person> people, Optional<SortedMap<String, SortedSet<String>>> respondents) {

    public ImportedPeople {
        people = List.copyOf(people);
        Objects.requireNonNull(respondents, "respondents");
    }

    /** The respondents as rows, each said to be {@code at}. */
    List<RespondentRow> respondentRows(SourceLocation at) {
        List<RespondentRow> rows = new ArrayList<>();
        respondents.ifPresent(byWave -> byWave.forEach((wave, ids) -> ids.forEach(
                id -> rows.add(new RespondentRow(id, wave, at)))));
        return rows;
    }
}
