package org.plnet.surveys.imports;

/** Where the user gave the settings of an import, so that the report names them as the user wrote them. */
public enum OptionSyntax {
    /** Options of {@code plnet import}: {@code --relation}. */
    COMMAND_LINE,
    /** Keys of an entry of study.yaml's {@code imports:}: {@code relation:}. */
    STUDY_YAML;

    /** How the user writes the setting {@code name}: {@code --relation} or {@code relation:}. */
    public String option(String name) {
        return this == COMMAND_LINE ? "--" + name : name + ":";
    }

    /** {@code given by --format}, {@code given by format: in study.yaml}. */
    public String givenBy(String name) {
        return "given by " + option(name) + (this == STUDY_YAML ? " in study.yaml" : "");
    }
}
