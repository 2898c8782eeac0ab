/**
 * Centrality measures of persons on a {@link org.plnet.engine.graph.CompactGraph}: the all-pairs
 * shortest-path measures (betweenness, closeness, harmonic closeness) and the spectral ones (eigenvector
 * centrality, PageRank), as defined in metrics.md ("Person figures"). Every kernel works on primitive
 * arrays in memory linear in people + ties and gives the same bits on every run.
 */
package org.plnet.engine.scoring.centrality;
