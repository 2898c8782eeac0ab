/**
 * A seeded generator of the bundled example study {@code examples/new-forest/}: a SYNTHETIC
 * professional learning network of ten invented New Forest schools, modelled on the New Forest /
 * Hampshire Research Learning Network case studies (Brown &amp; Flood 2019, 2020; Brown et al. 2021),
 * written in the study folder format of {@code study-format.md}.
 *
 * <p>Every school is given a {@link org.plnet.examples.newforest.LinkDesign}, so that the school-link
 * measures of {@code school-links.md} can be checked against what the data was built to show. All
 * randomness comes from one {@link java.util.Random} with a fixed seed: the output is byte-identical on
 * every run.
 */
package org.plnet.examples.newforest;
