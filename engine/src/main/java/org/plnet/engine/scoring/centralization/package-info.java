/**
 * Network centralization of a {@link org.plnet.engine.graph.CompactGraph}: how strongly one person
 * dominates a centrality measure (metrics.md, "degreeCentralization").
 */
package org.plnet.engine.scoring.centralization;
