package org.plnet.surveys.report;

/** How much an {@link ImportIssue} matters. */
public enum Severity {
    /** The input cannot be used: the import produces no study. */
    ERROR,
    /** Something was handled (dropped, merged, skipped) and the user must be told; the import goes on. */
    WARNING;

    /** The lower-case word used in reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
