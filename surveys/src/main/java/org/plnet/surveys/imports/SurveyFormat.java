package org.plnet.surveys.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The survey exports and network files that {@code plnet import} reads, with their command-line names. */
public enum SurveyFormat {
    /** Qualtrics CSV or XLSX export (choice text or numeric values), three header rows. */
    QUALTRICS("qualtrics"),
    /** Google Forms responses CSV or XLSX: grid questions as {@code question [Name]} columns. */
    GOOGLE_FORMS("google-forms"),
    /** SurveyMonkey "expanded" CSV or XLSX: two header rows. */
    SURVEYMONKEY("surveymonkey"),
    /** A generic wide grid: one row per respondent, one column per colleague. */
    ROSTER_GRID("roster-grid"),
    /** Free-text names typed by respondents, resolved against the roster. */
    NAME_GENERATOR("name-generator"),
    /** UCINET DL (fullmatrix, edgelist1, nodelist1). */
    UCINET_DL("ucinet-dl"),
    /** Pajek {@code .net}. */
    PAJEK("pajek"),
    /** GraphML. */
    GRAPHML("graphml"),
    /** GEXF. */
    GEXF("gexf"),
    /** A plain list of ties, one {@code source,target[,weight]} per row. */
    EDGE_LIST("edge-list"),
    /**
     * A school sociogram template: one column per question headed by its number, each pupil on k
     * consecutive rows holding their choices 1..k.
     */
    SOCIOGRAM_TEMPLATE("sociogram-template");

    private final String cliName;

    SurveyFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used by {@code --format} and in reports. */
    public String cliName() {
        return cliName;
    }

    /** The format with this command-line name (case-insensitive, trimmed), if any. */
    public static Optional<SurveyFormat> fromCliName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst();
    }

    /** Every command-line name, comma separated, for messages. */
    public static String cliNames() {
        return Arrays.stream(values()).map(SurveyFormat::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
