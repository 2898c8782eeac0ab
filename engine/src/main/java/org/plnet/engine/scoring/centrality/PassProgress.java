package org.plnet.engine.scoring.centrality;

/** Told, from the calling thread after each round of chunks, how many sources of a pass are done. */
@FunctionalInterface
public interface PassProgress {

    /** Tells nobody. */
    PassProgress NONE = (done, of) -> {
    };

    /** {@code done} of the pass's {@code of} sources are finished. */
    void sourcesDone(int done, int of);
}
