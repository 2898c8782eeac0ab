/**
 * Figures of the learning networks of a programme (programmes.md, sections 2 and 3): which network each
 * school belongs to, and the ties inside, across the schools of and out of each network.
 */
package org.plnet.engine.scoring.networks;
