package org.plnet.reports.html;

/**
 * A headline figure of the network overview.
 *
 * @param label    what it is, e.g. "Reach"
 * @param value    the value as read, e.g. "42%"
 * @param exact    the exact value for machines
 * @param previous the previous wave's value as read, or {@code null}
 * @param change   the change since the previous wave, or {@code null}
 * @param meaning  a one-line plain meaning
 */
public record Figure(String label, String value, String exact, String previous, String change, String meaning) {
}
