package org.plnet.surveys.study;

import java.util.Map;

/**
 * What study.yaml says; every part {@code null} or empty when study.yaml leaves it out or there is no
 * study.yaml.
 *
 * @param name        the study's name
 * @param description free text about the study
 * @param relations   the relations it sets, by name in file order
 */
record StudyYaml(Setting<String> name, Setting<String> description, Map<String, RelationSpec> relations) {

    static final StudyYaml ABSENT = new StudyYaml(null, null, Map.of());

    RelationSpec relation(String relation) {
        return relations.get(relation);
    }
}
