package org.plnet.surveys.report;

/** Where the value of a relation setting came from. */
public enum SettingOrigin {
    /** The default of school-links.md, "Relation settings". */
    DEFAULT("default"),
    /** Set in study.yaml. */
    STUDY_YAML("study.yaml");

    private final String label;

    SettingOrigin(String label) {
        this.label = label;
    }

    /** How reports name the origin, e.g. {@code (default)}. */
    public String label() {
        return label;
    }
}
