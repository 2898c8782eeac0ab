package org.plnet.surveys.study;

import org.plnet.engine.input.SourceLocation;

/**
 * A value set in study.yaml and where.
 *
 * @param value the value
 * @param at    the location of the value
 */
record Setting<T>(T value, SourceLocation at) {
}
