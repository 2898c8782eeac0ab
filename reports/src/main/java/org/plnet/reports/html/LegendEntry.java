package org.plnet.reports.html;

import org.plnet.reports.layout.Sociogram;

/**
 * One line of a sociogram's key.
 *
 * @param swatch the mark as drawn, in a 16 x 16 box
 * @param text   what it stands for
 */
public record LegendEntry(Sociogram.Mark swatch, String text) {
}
