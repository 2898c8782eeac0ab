package org.plnet.reports.html;

/**
 * A column of a report table.
 *
 * @param label   the header
 * @param meaning a one-line explanation, shown as the header's hover text and in the key below the table
 * @param numeric whether the column holds numbers (right-aligned, sorted as numbers)
 */
public record Column(String label, String meaning, boolean numeric) {
}
