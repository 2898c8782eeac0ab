package org.plnet.surveys.studyfolder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What study.yaml says; every part {@code null} or empty when study.yaml leaves it out or there is no
 * study.yaml. Public for {@link org.plnet.surveys.rows.StudyBuilder}, which applies the relation settings.
 *
 * @param name        the study's name
 * @param description free text about the study
 * @param relations   the relations it sets, by name in file order
 * @param imports     the survey exports it names, in file order (entries in error left out)
 * @param namesExports whether {@code imports:} lists any entry, even one in error (ties.csv is then optional)
 * @param pseudonymSeed the seed of the shuffle that numbers people in reports without names, or {@code null}
 * @param breakdowns  the attributes {@code breakdowns:} names, in file order; null when study.yaml leaves it
 *                    out (programmes.md, section 4)
 */
public record StudyYaml(Setting<String> name, Setting<String> description, Map<String, RelationSpec> relations,
                 List<ImportEntry> imports, boolean namesExports, Setting<Long> pseudonymSeed,
                 List<Setting<String>> breakdowns) {

    public static final StudyYaml ABSENT = new StudyYaml(null, null, Map.of(), List.of(), false);

    public StudyYaml {
        imports = List.copyOf(imports);
        breakdowns = breakdowns == null ? null : List.copyOf(breakdowns);
    }

    /** A study.yaml without a pseudonym seed or {@code breakdowns:}. */
    public StudyYaml(Setting<String> name, Setting<String> description, Map<String, RelationSpec> relations,
                     List<ImportEntry> imports, boolean namesExports) {
        this(name, description, relations, imports, namesExports, null, null);
    }

    /** What study.yaml (or an export, for a relation study.yaml leaves out) sets for {@code relation}, or null. */
    public RelationSpec relation(String relation) {
        return relations.get(relation);
    }

    /**
     * This study.yaml with a relation for each of {@code more} that it does not set itself, so that what an
     * export tells about a relation is used only where the user said nothing about it.
     */
    public StudyYaml withRelations(List<RelationSpec> more) {
        Map<String, RelationSpec> all = new LinkedHashMap<>(relations);
        for (RelationSpec r : more) {
            all.putIfAbsent(r.name(), r);
        }
        return new StudyYaml(name, description, Collections.unmodifiableMap(all), imports, namesExports,
                pseudonymSeed, breakdowns);
    }
}
