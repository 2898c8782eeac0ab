package org.plnet.surveys.rows;

import java.util.Arrays;
import org.plnet.engine.model.Relation;
import org.plnet.engine.model.KeptTies;
import org.plnet.surveys.report.TieRowCounts;

/**
 * The rows of one (relation, wave) as {@link StudyBuilder} checks them: counts of what was dropped, and the
 * kept rows with duplicates merged to their maximum weight. Memory linear in the kept ties.
 */
final class RelationWaveRows {

    final String relation;
    final String wave;
    int rowsRead;
    int selfTies;
    int noTie;
    int skipped;
    int duplicates;

    private int[] sources = new int[16];
    private int[] targets = new int[16];
    private double[] weights = new double[16];
    private int[] firstLines = new int[16];
    private int size;
    /** The slot of each kept (source, target), which it reads from the arrays above rather than holding again. */
    private final PairSlots slotByPair = new PairSlots(slot -> PairSlots.pair(sources[slot], targets[slot]));

    RelationWaveRows(String relation, String wave) {
        this.relation = relation;
        this.wave = wave;
    }

    /**
     * Keeps a row; returns the line of the earlier row it was merged into, or 0 when it is the first of its
     * (source, target).
     */
    int keep(int source, int target, double weight, int line) {
        long pair = PairSlots.pair(source, target);
        int slot = slotByPair.get(pair);
        if (slot >= 0) {
            weights[slot] = TieRule.merged(weights[slot], weight);
            duplicates++;
            return firstLines[slot];
        }
        if (size == sources.length) {
            int capacity = size * 2;
            sources = Arrays.copyOf(sources, capacity);
            targets = Arrays.copyOf(targets, capacity);
            weights = Arrays.copyOf(weights, capacity);
            firstLines = Arrays.copyOf(firstLines, capacity);
        }
        sources[size] = source;
        targets[size] = target;
        weights[size] = weight;
        firstLines[size] = line;
        slotByPair.put(pair, size);
        size++;
        return 0;
    }

    /** The largest weight of a kept row; 0 when none. */
    double maxWeight() {
        double max = 0;
        for (int k = 0; k < size; k++) {
            max = Math.max(max, weights[k]);
        }
        return max;
    }

    /** The kept ties sorted by (source, target). */
    KeptTies layer() {
        long[] pairs = new long[size];
        for (int k = 0; k < size; k++) {
            pairs[k] = PairSlots.pair(sources[k], targets[k]);
        }
        Arrays.sort(pairs);
        int[] s = new int[size];
        int[] t = new int[size];
        double[] w = new double[size];
        for (int k = 0; k < size; k++) {
            int slot = slotByPair.get(pairs[k]);
            s[k] = sources[slot];
            t[k] = targets[slot];
            w[k] = weights[slot];
        }
        return new KeptTies(relation, wave, s, t, w);
    }

    TieRowCounts counts(Relation settings) {
        int inD = 0;
        for (int k = 0; k < size; k++) {
            if (settings.isTie(weights[k])) {
                inD++;
            }
        }
        return new TieRowCounts(relation, wave, rowsRead, size, duplicates, selfTies, noTie, skipped, size - inD,
                inD);
    }
}
