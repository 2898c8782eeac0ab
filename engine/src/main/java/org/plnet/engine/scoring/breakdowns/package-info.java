/**
 * Breakdowns of a study's ties by a person attribute such as role (programmes.md, section 4): who carries
 * the ties across schools.
 */
package org.plnet.engine.scoring.breakdowns;
