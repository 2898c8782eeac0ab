package org.plnet.surveys.imports.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Person;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.ImportedTie;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyReader;
import org.plnet.surveys.imports.matching.Samples;

/** Shared helpers of the network-file tests. */
final class NetworkFixtures {

    private NetworkFixtures() {
    }

    /** A test resource under imports-network/, named in messages by its resource path. */
    static SurveyFile file(String resource) {
        return SurveyFile.of(Samples.path(resource), resource);
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
        List<String> rows = new ArrayList<>();
        for (ImportedTie t : survey.ties()) {
            rows.add(String.join(",", t.source(), t.target(), t.relation(), number(t.weight()), t.wave()));
        }
        rows.sort(null);
        return rows;
    }

    /** The ground truth of the shared samples, as {@link #ties} rows. */
    static List<String> expectedTies() {
        List<String> rows = new ArrayList<>();
        for (List<String> r : Samples.csvRows("samples/expected-ties.csv")) {
            rows.add(String.join(",", r));
        }
        rows.sort(null);
        return rows;
    }

    /** The ground truth with every weight 1 (a binary export of the same ties). */
    static List<String> expectedBinaryTies() {
        return expectedTies().stream().map(r -> r.replaceAll(",advice,\\d+,", ",advice,1,")).toList();
    }

    static String number(double w) {
        return w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
    }

    /** Writes {@code text} (UTF-8) to {@code dir/name} and opens it as a survey file named {@code name}. */
    static SurveyFile write(Path dir, String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return SurveyFile.of(p, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that reading fails with an {@link InputException} whose message is one line. */
    static ThrowableAssertAlternative<InputException> fails(SurveyReader reader, SurveyFile file, ImportSettings s) {
        return assertThatExceptionOfType(InputException.class)
                .isThrownBy(() -> reader.read(file, s))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
