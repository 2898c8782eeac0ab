package org.plnet.engine.analysis;

/** How betweenness is computed: exactly (the default) or sampled with a stated error bound. */
public enum BetweennessMethod {
    /** Brandes (2001), every pair: O(n m). */
    EXACT,
    /** Riondato and Kornaropoulos (2016): within epsilon of exact with the stated confidence. */
    SAMPLED
}
