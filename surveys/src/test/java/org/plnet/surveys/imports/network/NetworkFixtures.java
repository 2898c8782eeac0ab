package org.plnet.surveys.imports.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Person;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.Samples;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyReader;

/** Shared helpers of the network-file tests. */
final class NetworkFixtures {

    private NetworkFixtures() {
    }

    /** A test resource under imports/, named in messages by its resource path. */
    static SurveyFile file(String resource) {
        return SurveyFile.of(Samples.resource(resource), resource);
    }

    /** The sample roster, relation advice (as expected-ties.csv has it). */
    static ImportSettings advice() {
        return ImportSettings.builder(Samples.roster()).relation("advice").build();
    }

    static ImportSettings settings(List<Person> roster) {
        return ImportSettings.builder(roster).build();
    }

    static ImportSettings withAliases(Map<String, String> aliases) {
        return ImportSettings.builder(Samples.roster()).relation("advice").aliases(aliases).build();
    }

    /** The ties as sorted {@code source,target,relation,weight,wave} rows, whole weights without ".0". */
    static List<String> ties(ImportedSurvey survey) {
        return Samples.lines(survey.ties());
    }

    /** The ground truth of the shared samples, as {@link #ties} rows. */
    static List<String> expectedTies() {
        return Samples.expectedTies();
    }

    /** The ground truth with every weight 1 (a binary export of the same ties). */
    static List<String> expectedBinaryTies() {
        return expectedTies().stream().map(r -> r.replaceAll(",advice,\\d+,", ",advice,1,")).toList();
    }

    /** Writes {@code text} (UTF-8) to {@code dir/name} and opens it as a survey file named {@code name}. */
    static SurveyFile write(Path dir, String name, String text) {
        return Samples.write(dir, name, text);
    }

    /** Asserts that reading fails with an {@link InputException} whose message is one line. */
    static ThrowableAssertAlternative<InputException> fails(SurveyReader reader, SurveyFile file, ImportSettings s) {
        return assertThatExceptionOfType(InputException.class)
                .isThrownBy(() -> reader.read(file, s))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
