package org.plnet.surveys.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plnet.engine.input.InputException;
import org.plnet.engine.model.Person;

/**
 * One survey export read against a roster, before anything is written: the settings, the format (given or
 * detected) and what its reader found. Both {@code plnet import} and the exports named in study.yaml read
 * exports this way.
 *
 * @param file       the export
 * @param options    what the user said about it
 * @param format     its format
 * @param formatLine how the report states the format and whether it was detected
 * @param settings   the settings the reader used
 * @param imported   what the reader read
 */
public record ExportRead(SurveyFile file, ExportOptions options, SurveyFormat format, String formatLine,
                  ImportSettings settings, ImportedSurvey imported) {

    /**
     * Reads {@code file}.
     *
     * @throws InputException when a file is missing or malformed, or a detection is unsure
     */
    public static ExportRead of(SurveyFile file, List<Person> roster, ExportOptions options, OptionSyntax syntax) {
        ImportSettings.Builder settings = ImportSettings.builder(roster).respondentColumn(options.respondent())
                .relation(options.relation()).wave(options.wave()).mode(options.mode())
                .repeated(options.repeated());
        if (options.scale() != null) {
            settings.scale(FrequencyScale.read(options.scale()));
        }
        settings.aliases(options.aliases() == null ? Map.of() : AliasFile.read(options.aliases(), roster));
        ImportSettings s = settings.build();

        SurveyReader reader;
        String formatLine;
        if (options.format() != null) {
            SurveyFormat f = options.format();
            reader = SurveyReaders.of(f).orElseThrow(() -> new InputException(file.location(),
                    "the format " + f.cliName() + " cannot be imported yet"));
            formatLine = "format " + f.cliName() + " (" + syntax.givenBy("format") + ")";
        } else {
            FormatDetection.Detected d = FormatDetection.detect(file, s, SurveyReaders.all());
            reader = d.reader();
            // the detection names the command-line option; say it as the user would write it here
            formatLine = d.description().replace("--format", syntax.option("format"));
        }
        return new ExportRead(file, options, reader.format(), formatLine, s, reader.read(file, s));
    }

    /**
     * The lines of the report that say what was read and how: export, format, roster, relation and wave, scale,
     * aliases, mode, then the reader's own statements.
     *
     * @param rosterLabel the roster as the report names it
     */
    public List<String> reportLines(String rosterLabel, OptionSyntax syntax) {
        List<String> lines = new ArrayList<>();
        lines.add("export: " + file.label());
        lines.add(formatLine);
        lines.add("roster: " + rosterLabel + " (" + settings.roster().size() + " people)");
        // the relation once: the default is named only when the reader gave it to ties (a name generator names
        // its relations after its questions and says so itself)
        boolean defaultUsed = imported.ties().stream().anyMatch(t -> t.relation().equals(settings.relation()));
        lines.add(settings.relationGiven() || defaultUsed ? "relation " + settings.relation()
                + (settings.relationGiven() ? "" : " (no " + syntax.option("relation") + " given)") + ", wave "
                + settings.wave() : "wave " + settings.wave());
        settings.scale().ifPresent(sc -> lines.add("scale: " + sc.name() + " (" + sc.describe() + ")"));
        if (!settings.aliases().isEmpty()) {
            lines.add("aliases: " + options.aliases().label() + " (" + settings.aliases().size() + " settled names)");
        }
        lines.add("mode: " + settings.mode().name().toLowerCase(Locale.ROOT));
        settings.repeated().ifPresent(r -> lines.add("repeated responses: " + r.optionName() + " ("
                + syntax.givenBy("repeated") + ")"));
        lines.addAll(imported.reportLines());
        return lines;
    }

    /** How many people answered, over every wave the export lists. */
    public int respondents() {
        return imported.respondents().values().stream().mapToInt(Set::size).sum();
    }
}
