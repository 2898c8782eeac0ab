package org.plnet.surveys.imports.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.plnet.surveys.imports.network.NetworkFixtures.advice;
import static org.plnet.surveys.imports.network.NetworkFixtures.ties;
import static org.plnet.surveys.imports.network.NetworkFixtures.withAliases;
import static org.plnet.surveys.imports.network.NetworkFixtures.write;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.Samples;
import org.plnet.surveys.imports.SurveyIssue;
import org.plnet.surveys.imports.UnmatchedName;

/** Matching a network file's nodes to the roster, and naming its relations. */
class NetworkImportTest {

    private final UcinetDlReader dl = new UcinetDlReader();

    @TempDir
    Path dir;

    /** Four labels: one unknown, one ambiguous, two people. */
    private static final String FOUR = """
            dl n=4 format=edgelist1
            labels: Mr Nobody, Smith, Jane Smith, p02
            data:
            1 3
            3 2
            3 4 2
            4 3 1
            2 4
            """;

    @Test
    void namesThatFitNoOneOrSeveralAreListedWithCandidatesOrSuggestions() {
        ImportedSurvey s = dl.read(write(dir, "four.dl", FOUR), advice());
        assertThat(ties(s)).containsExactly("p01,p02,advice,2,1", "p02,p01,advice,1,1");
        assertThat(s.unmatched()).containsExactly(
                new UnmatchedName("Mr Nobody", UnmatchedName.Kind.UNMATCHED, "", List.of(),
                        new SourceLocation("four.dl", 2, 9)),
                new UnmatchedName("Smith", UnmatchedName.Kind.AMBIGUOUS, "", List.of("p01", "p07"),
                        new SourceLocation("four.dl", 2, 20)));
        assertThat(s.issues()).containsExactly(
                new SurveyIssue(new SourceLocation("four.dl", 2, 9), "'Mr Nobody' is not settled to one roster person:"
                        + " its 1 tie is left out (settle it in an aliases file and import again)"),
                new SurveyIssue(new SourceLocation("four.dl", 2, 20), "'Smith' is not settled to one roster person:"
                        + " its 2 ties are left out (settle it in an aliases file and import again)"));
        assertThat(s.reportLines()).contains("nodes: 4 in the file; 2 matched to the roster (1 by id, 1 by name, 0 by"
                + " alias); 2 not settled (listed in unmatched.csv)");
    }

    @Test
    void aliasesSettleThem() {
        ImportedSurvey s = dl.read(write(dir, "four.dl", FOUR), withAliases(Map.of("Mr Nobody", "p12", "Smith", "p07")));
        assertThat(ties(s)).containsExactly("p01,p02,advice,2,1", "p01,p07,advice,1,1", "p02,p01,advice,1,1",
                "p07,p02,advice,1,1", "p12,p01,advice,1,1");
        assertThat(s.unmatched()).isEmpty();
        assertThat(s.issues()).isEmpty();
        assertThat(s.reportLines()).contains("nodes: 4 in the file; 4 matched to the roster (1 by id, 1 by name, 2 by"
                + " alias); 0 not settled (listed in unmatched.csv)");
    }

    @Test
    void unmatchedLabelsGetSuggestions() {
        String text = "dl n=2 format=edgelist1\nlabels: Jane Smyth, p02\ndata:\n1 2\n";
        ImportedSurvey s = dl.read(write(dir, "typo.dl", text), advice());
        assertThat(s.unmatched()).singleElement().satisfies(u -> {
            assertThat(u.kind()).isEqualTo(UnmatchedName.Kind.UNMATCHED);
            assertThat(u.candidates()).first().isEqualTo("p01");
        });
    }

    @Test
    void twoListedLabelsOfOnePersonAreReportedAndMerged() {
        String text = "dl n=3 format=edgelist1\nlabels: p02, Tom O'Neill, p01\ndata:\n1 3 2\n2 3 4\n";
        ImportedSurvey s = dl.read(write(dir, "twice.dl", text), advice());
        assertThat(ties(s)).containsExactly("p02,p01,advice,2,1", "p02,p01,advice,4,1");
        assertThat(s.issues()).containsExactly(new SurveyIssue(new SourceLocation("twice.dl", 2, 14),
                "'Tom O'Neill' and 'p02' (twice.dl:2:9) are both p02 Tom O'Neill; their ties are merged"));
    }

    @Test
    void nodesWithoutTiesAreStillMatchedButUnlistedNumbersAreNot() {
        // Pajek: vertex 3 is listed and has no tie (still matched); vertex 4 has no line and no tie (ignored)
        String text = "*Vertices 4\n1 p01\n2 p02\n3 \"Nobody Known\"\n*Arcs\n1 2\n";
        ImportedSurvey s = new PajekReader().read(write(dir, "iso.net", text), advice());
        assertThat(s.unmatched()).extracting(UnmatchedName::text).containsExactly("Nobody Known");
        assertThat(s.issues()).isEmpty();
        assertThat(s.reportLines()).contains("nodes: 3 in the file; 2 matched to the roster (2 by id, 0 by name, 0 by"
                + " alias); 1 not settled (listed in unmatched.csv)");
    }

    @Test
    void relationNames() {
        ImportSettings none = ImportSettings.builder(Samples.roster()).build();
        ImportSettings given = ImportSettings.builder(Samples.roster()).relation("advice").build();
        // nothing named: the import's relation
        assertThat(names(Arrays.asList((String) null), none)).containsExactly("default");
        assertThat(names(Arrays.asList((String) null), given)).containsExactly("advice");
        // several unnamed layers are numbered
        assertThat(names(Arrays.asList(null, null), given)).containsExactly("advice-1", "advice-2");
        // the file's names stay, unless the user renames the only one
        assertThat(names(List.of("help"), none)).containsExactly("help");
        assertThat(names(List.of("help"), given)).containsExactly("advice");
        assertThat(names(List.of("help", "trust"), none)).containsExactly("help", "trust");
        // an unnamed layer beside named ones takes the import's relation
        assertThat(names(Arrays.asList("help", null), given)).containsExactly("help", "advice");
        assertThatExceptionOfType(InputException.class)
                .isThrownBy(() -> NetworkImport.relationNames(List.of("help", "trust"), given, "x.gexf"))
                .withMessage("x.gexf: the file names 2 relations (help, trust); --relation advice cannot name them all:"
                        + " leave it out");
    }

    private static List<String> names(List<String> layers, ImportSettings settings) {
        return List.of(NetworkImport.relationNames(layers, settings, "x"));
    }
}
