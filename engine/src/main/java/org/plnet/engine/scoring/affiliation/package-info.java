/**
 * Figures of two-mode (affiliation) data, people x events (affiliations.md, section 3): the bipartite
 * normalisations of degree, betweenness and closeness of Borgatti and Everett (1997) and the school contact an
 * event makes.
 */
package org.plnet.engine.scoring.affiliation;
