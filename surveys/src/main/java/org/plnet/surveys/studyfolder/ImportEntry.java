package org.plnet.surveys.studyfolder;

import java.util.Objects;
import java.util.Optional;
import org.plnet.engine.input.SourceLocation;

/**
 * One survey export that study.yaml names under {@code imports:}, to be imported every time the study is read
 * (surveys/IMPORTING.md, "Raw exports in study.yaml"). The settings mean what the options of the same name of
 * {@code plnet import} mean; paths are relative to the study folder and checked to stay inside it (no
 * {@code ..}, not absolute). An absent setting is empty: detect it, or take the default.
 *
 * @param number     1 for the first entry of the list, in file order
 * @param at         where the entry starts
 * @param file       the export
 * @param format     the export's format ({@code --format})
 * @param respondent the column naming the respondent ({@code --respondent})
 * @param relation   the relation the answers belong to ({@code --relation})
 * @param wave       the survey round ({@code --wave})
 * @param scale      a {@code label,code} scale file ({@code --scale})
 * @param aliases    a {@code text,id} file of settled names ({@code --aliases})
 */
public record ImportEntry(int number, SourceLocation at, Setting<String> file, Optional<Setting<String>> format,
                          Optional<Setting<String>> respondent, Optional<Setting<String>> relation,
                          Optional<Setting<String>> wave, Optional<Setting<String>> scale,
                          Optional<Setting<String>> aliases) {

    public ImportEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(respondent, "respondent");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(wave, "wave");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(aliases, "aliases");
    }

    /** How reports name the entry: {@code import 2 (exports/spring.csv)}. */
    public String describe() {
        return "import " + number + " (" + file.value() + ")";
    }
}
