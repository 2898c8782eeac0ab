package org.plnet.engine.analysis;

import org.plnet.engine.scoring.homophily.EITest;
import org.plnet.engine.scoring.links.NetworkLinks;

/**
 * The network-level figures of one relation and wave (metrics.md, "Network figures"). {@code null}
 * marks a value that is undefined for this graph.
 *
 * @param people                n, the roster size
 * @param ties                  m, directed ties in D
 * @param density               m / (n(n-1)); 0 when n < 2
 * @param reciprocity           2 x mutual pairs / m; null when m = 0
 * @param transitivity          on U: 3 x triangles / connected triples; null without connected triples
 * @param weakComponents        components of U, isolates included
 * @param largestComponentShare size of the largest component of U / n
 * @param eiIndex               E-I index by school over D; null when E + I = 0
 * @param degreeCentralization  Freeman degree centralization on U; null when n < 3
 * @param links                 the network-level school-link figures
 * @param eiTest                the permutation test of {@code eiIndex} (statistics.md, section 2); null when
 *                              undefined
 */
public record NetworkFigures(int people, long ties, double density, Double reciprocity, Double transitivity,
                             int weakComponents, double largestComponentShare, Double eiIndex,
                             Double degreeCentralization, NetworkLinks links,
                             EITest eiTest) {
}
