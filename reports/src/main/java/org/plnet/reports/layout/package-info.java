/**
 * Drawing networks: a seeded Fruchterman–Reingold layout ({@link org.plnet.reports.layout.FruchtermanReingoldLayout})
 * and sociograms ready for SVG ({@link org.plnet.reports.layout.Sociogram}), with a colour-blind-safe palette
 * that also varies shape ({@link org.plnet.reports.layout.SchoolStyle}). Same input, same picture.
 */
package org.plnet.reports.layout;
