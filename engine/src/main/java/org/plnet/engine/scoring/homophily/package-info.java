/**
 * Homophily by group (school) on the directed graph D of a {@link org.plnet.engine.graph.CompactGraph}:
 * the Krackhardt–Stern E-I index of the network and the tie counts of each group (metrics.md).
 */
package org.plnet.engine.scoring.homophily;
