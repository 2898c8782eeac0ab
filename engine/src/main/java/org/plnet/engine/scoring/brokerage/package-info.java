/**
 * Gould–Fernandez brokerage roles of persons on the directed graph D of a
 * {@link org.plnet.engine.graph.CompactGraph}, with groups = schools (metrics.md, "brokerage").
 */
package org.plnet.engine.scoring.brokerage;
