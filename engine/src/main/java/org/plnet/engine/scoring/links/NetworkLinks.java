package org.plnet.engine.scoring.links;

/**
 * The network-level companion of {@link SchoolLinks} (school-links.md, "Network-level companion").
 *
 * @param schools             number of schools
 * @param schoolsTwoWayLinked number of schools whose {@link SchoolLinks#twoWayLinked()} is true
 * @param reach               over the colleagues of all schools pooled: the share tied to someone in N;
 *                            {@code null} when there are no colleagues
 * @param tieStrength         pooled mean of each colleague's best strength to N, divided by K;
 *                            {@code null} when there are no colleagues
 */
public record NetworkLinks(int schools, int schoolsTwoWayLinked, Double reach, Double tieStrength) {
}
