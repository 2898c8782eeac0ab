/**
 * Network-level cohesion of a {@link org.plnet.engine.graph.CompactGraph} (metrics.md, "Network
 * figures"): density and reciprocity of the directed graph D, transitivity and weak components of the
 * undirected graph U.
 */
package org.plnet.engine.scoring.cohesion;
