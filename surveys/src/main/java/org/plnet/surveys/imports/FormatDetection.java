package org.plnet.surveys.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.plnet.engine.input.InputException;

/**
 * Finds the format of an export when the user gave no {@code --format}: every reader says how sure it is
 * ({@link SurveyReader#detect(SurveyFile, ImportSettings)}), and the best one is taken only when it is at least
 * {@value #SURE} sure and every other reader is at least {@value #MARGIN} less sure. Anything else is an
 * {@link InputException} that names the candidates and asks for {@code --format}: the importer never guesses.
 */
public final class FormatDetection {

    /** The least confidence a detected format needs. */
    public static final double SURE = 0.75;
    /** How much less sure every other reader must be. */
    public static final double MARGIN = 0.25;

    /** The format found and how sure its reader was. */
    public record Detected(SurveyReader reader, double confidence) {

        /** How the report states it. */
        public String description() {
            return "format " + reader.format().cliName() + " detected (confidence "
                    + String.format(Locale.ROOT, "%.2f", confidence) + "; give --format to override)";
        }
    }

    private FormatDetection() {
    }

    public static Detected detect(SurveyFile file, ImportSettings settings, List<SurveyReader> readers) {
        List<Detected> scores = new ArrayList<>();
        for (SurveyReader r : readers) {
            double c;
            try {
                c = r.detect(file, settings);
            } catch (RuntimeException e) {
                c = 0;
            }
            if (c > 0) {
                scores.add(new Detected(r, Math.min(1, c)));
            }
        }
        scores.sort(Comparator.comparingDouble(Detected::confidence).reversed());
        if (scores.isEmpty()) {
            // a file no reader can open says why in its own words (binary, not UTF-8, not a spreadsheet)
            if (file.isSpreadsheet() || file.isOle2()) {
                file.table();
            } else {
                file.text();
            }
            throw new InputException(file.location(), "cannot tell the format of this file; give --format ("
                    + SurveyFormat.cliNames() + ")");
        }
        Detected best = scores.get(0);
        if (best.confidence() < SURE) {
            throw new InputException(file.location(), "cannot tell the format of this file for sure (it looks most "
                    + "like " + best.reader().format().cliName() + "); give --format");
        }
        if (scores.size() > 1 && scores.get(1).confidence() > best.confidence() - MARGIN) {
            throw new InputException(file.location(), "cannot tell the format of this file for sure: it looks like "
                    + best.reader().format().cliName() + " or " + scores.get(1).reader().format().cliName()
                    + "; give --format");
        }
        return best;
    }
}
