/**
 * {@code plnet import --register}: attendance registers (affiliations.md, section 5) into a study folder's
 * attendance.csv, names matched to the roster as the name generator matches them.
 */
package org.plnet.surveys.imports.registers;
