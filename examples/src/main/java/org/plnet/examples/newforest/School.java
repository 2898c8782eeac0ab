package org.plnet.examples.newforest;

import java.util.Objects;

/**
 * One invented school of the study.
 *
 * @param name                 the school's (invented) name
 * @param phase                primary or secondary
 * @param staff                number of staff, all in people.csv
 * @param members              how many of them take part in the network
 * @param design               what its link to the network is built to look like
 * @param firstWaveResponse    target response rate in the first wave
 * @param secondWaveResponse   target response rate in the second wave
 */
record School(String name, Phase phase, int staff, int members, LinkDesign design,
              double firstWaveResponse, double secondWaveResponse) {

    School {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(design, "design");
        if (members < 2 || members >= staff) {
            throw new IllegalArgumentException(name + ": needs 2 or more members and some colleagues");
        }
    }

    /** Target response rate in a wave. */
    double response(Wave wave) {
        return wave == Wave.FIRST ? firstWaveResponse : secondWaveResponse;
    }
}
