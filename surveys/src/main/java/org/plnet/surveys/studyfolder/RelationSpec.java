package org.plnet.surveys.studyfolder;

import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.model.Flow;

/**
 * The settings study.yaml gives one relation (school-links.md, "Relation settings"); a setting is
 * {@code null} when study.yaml leaves it out (or gave a value that was reported as bad).
 *
 * @param name         the relation's name
 * @param at           where the relation's key is
 * @param question     the survey question
 * @param flow         which way knowledge moves along a tie
 * @param scaleMax     K, the top of the scale
 * @param tieMin       the smallest weight of a tie of D
 * @param strongTieMin the smallest weight of a strong tie
 */
public record RelationSpec(String name, SourceLocation at, Setting<String> question, Setting<Flow> flow,
                    Setting<Double> scaleMax, Setting<Double> tieMin, Setting<Double> strongTieMin) {
}
