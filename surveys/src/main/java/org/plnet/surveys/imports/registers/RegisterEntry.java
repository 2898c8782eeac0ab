package org.plnet.surveys.imports.registers;

import org.plnet.engine.input.SourceLocation;

/**
 * One attendance as a register gives it, before matching.
 *
 * @param person   the name or id as written (stripped)
 * @param personAt where it is
 * @param event    the event id (stripped)
 * @param eventAt  where the event is named (the cell, or the column header of a wide register)
 */
record RegisterEntry(String person, SourceLocation personAt, String event, SourceLocation eventAt) {
}
