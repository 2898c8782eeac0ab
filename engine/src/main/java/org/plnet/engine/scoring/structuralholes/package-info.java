/**
 * Burt's structural-hole measures of persons (aggregate constraint and effective size) on the undirected
 * graph U of a {@link org.plnet.engine.graph.CompactGraph} (metrics.md, "Person figures").
 */
package org.plnet.engine.scoring.structuralholes;
