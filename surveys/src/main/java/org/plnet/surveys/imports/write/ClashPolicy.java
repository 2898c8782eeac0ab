package org.plnet.surveys.imports.write;

/** What to do when the study folder already holds a relation and wave that the import brings again. */
public enum ClashPolicy {
    /** Stop with an error and change nothing (the default): an import never overwrites data silently. */
    STOP,
    /** Replace that relation and wave's ties (the user asked for it with {@code --replace}). */
    REPLACE
}
