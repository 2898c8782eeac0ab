package org.plnet.surveys.imports.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plnet.engine.input.InputException;
import org.plnet.surveys.imports.ImportSettings;
import org.plnet.surveys.imports.ImportedSurvey;
import org.plnet.surveys.imports.RawTable;
import org.plnet.surveys.imports.RosterLookup;
import org.plnet.surveys.imports.SurveyFile;
import org.plnet.surveys.imports.SurveyFormat;
import org.plnet.surveys.imports.SurveyReader;
import org.plnet.surveys.imports.matching.NameMatch;
import org.plnet.surveys.imports.responses.ResponseColumns;

/**
 * Qualtrics CSV or XLSX export, "use choice text" or "use numeric values". Header rows: column ids
 * ({@code StartDate}, ..., {@code Q3_1}), question texts ({@code question - Colleague Name} for a roster matrix),
 * and in current exports a third row of {@code {"ImportId": ...}} JSON. An export may lack the metadata
 * columns (starting at {@code RecipientLastName}): its second and third header rows still say what it is, and
 * whatever metadata it has is used. Responses of type {@code Survey Preview},
 * {@code Survey Test} or {@code Spam} are dropped, unfinished ones kept; numeric answers are recode values whose
 * first choice (1) is "never" (weight = value - 1); the latest of several responses by one person is chosen by
 * {@code EndDate}.
 */
public final class QualtricsReader implements SurveyReader {

    private static final Set<String> METADATA_IDS = Set.of("startdate", "enddate", "status", "ipaddress", "progress",
            "duration (in seconds)", "finished", "recordeddate", "responseid", "distributionchannel", "userlanguage",
            "recipientlastname", "recipientfirstname", "recipientemail", "externalreference", "externaldatareference",
            "locationlatitude", "locationlongitude");
    private static final Pattern SUB_QUESTION_ID = Pattern.compile(".+_\\d+");
    private static final String SEPARATOR = " - ";
    private static final Pattern IMPORT_ID = Pattern.compile("\"ImportId\"\\s*:\\s*\"([^\"]+)\"");

    @Override
    public SurveyFormat format() {
        return SurveyFormat.QUALTRICS;
    }

    @Override
    public double detect(SurveyFile file) {
        try {
            RawTable t = file.table();
            if (t.rowCount() < 2) {
                return 0;
            }
            int ids = metadataIds(t);
            boolean importIds = hasImportIds(t);
            if (importIds && ids >= 2) {
                return 1.0;
            }
            return ids >= 4 ? 0.95 : importIds ? 0.8 : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    @Override
    public ImportedSurvey read(SurveyFile file, ImportSettings settings) {
        return GridImport.read(format(), layout(file.table(), new RosterLookup(settings.roster(), settings.aliases())),
                settings, NumericAnswers.RECODE_FROM_ONE);
    }

    static GridLayout layout(RawTable t, RosterLookup roster) {
        if (t.rowCount() < 2) {
            throw new InputException(t.location(), "a Qualtrics export has at least two header rows (column ids "
                    + "and question texts); this file has " + t.rowCount() + " row" + (t.rowCount() == 1 ? "" : "s"));
        }
        // an export of only the recipient and question columns has no StartDate or ResponseId: its question-text
        // and ImportId rows still make it a Qualtrics export
        if (metadataIds(t) == 0 && !hasImportIds(t)) {
            throw new InputException(t.location(0), "the first row holds no Qualtrics column id (StartDate, "
                    + "ResponseId, Finished, RecipientLastName, ...) and the third no {\"ImportId\": ...}: the header"
                    + " rows are missing or this is not a Qualtrics export");
        }
        int responseId = find(t, "ResponseId");
        if (responseId >= 0 && t.cell(1, responseId).strip().startsWith("R_")) {
            throw new InputException(t.location(1, responseId), "the second header row (question texts) is missing:"
                    + " row 2 already holds a response");
        }
        boolean importIds = hasImportIds(t);
        int width = t.width(0);
        List<GridColumn> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            String id = t.cell(0, c).strip();
            String text = t.cell(1, c).strip();
            List<String> headers = List.of(id, text);
            List<String> segments = segments(text);
            if (segments.size() >= 2 && SUB_QUESTION_ID.matcher(id).matches()) {
                int k = colleagueSegment(segments, roster);
                List<String> rest = new ArrayList<>();
                for (int i = 0; i < segments.size(); i++) {
                    // a segment repeating the column's own key ("Friendship(Y/N)_18") would make every column
                    // a question of its own
                    if (i != k && !SUB_QUESTION_ID.matcher(segments.get(i)).matches()) {
                        rest.add(segments.get(i));
                    }
                }
                String question = rest.isEmpty() ? questionId(t, c, id) : String.join(SEPARATOR, rest);
                columns.add(new GridColumn(c, headers, question, segments.get(k)));
            } else {
                columns.add(new GridColumn(c, headers, null, null));
            }
        }
        return new GridLayout(t, importIds ? 3 : 2, columns, ResponseColumns.byQualtricsIds(t, 0));
    }

    /** The non-empty parts of a question text between {@value #SEPARATOR}. */
    private static List<String> segments(String text) {
        List<String> parts = new ArrayList<>();
        for (String part : text.split(Pattern.quote(SEPARATOR))) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /**
     * Which part of a matrix column's text names the colleague: the last when it names a roster person or
     * none does ({@code question - Colleague}); else the first later part that does
     * ({@code Collab - A Smith - Engaged in a joint research project}: a question per activity).
     */
    private static int colleagueSegment(List<String> segments, RosterLookup roster) {
        int last = segments.size() - 1;
        if (names(roster, segments.get(last))) {
            return last;
        }
        for (int i = 1; i < last; i++) {
            if (names(roster, segments.get(i))) {
                return i;
            }
        }
        return last;
    }

    private static boolean names(RosterLookup roster, String text) {
        return roster.match(text) instanceof NameMatch.Matched hit && hit.confidence() >= RosterLookup.SURE_NAME_CONFIDENCE;
    }

    /** The question's id: the ImportId's ({@code QID12_18}: QID12) when there is one, else the column id's stem. */
    private static String questionId(RawTable t, int c, String id) {
        String source = id;
        if (hasImportIds(t)) {
            Matcher m = IMPORT_ID.matcher(t.cell(2, c));
            if (m.find()) {
                source = m.group(1);
            }
        }
        int cut = source.indexOf('_');
        return cut > 0 ? source.substring(0, cut) : source;
    }

    /** How many headers of the first row are Qualtrics metadata column ids. */
    private static int metadataIds(RawTable t) {
        int found = 0;
        for (String c : t.row(0)) {
            if (METADATA_IDS.contains(c.strip().toLowerCase(Locale.ROOT))) {
                found++;
            }
        }
        return found;
    }

    /** Whether the third row holds the {@code {"ImportId": ...}} JSON of current Qualtrics exports. */
    public static boolean hasImportIds(RawTable t) {
        return t.rowCount() > 2 && t.cell(2, 0).strip().startsWith("{\"ImportId\"");
    }

    private static int find(RawTable t, String id) {
        for (int c = 0; c < t.width(0); c++) {
            if (t.cell(0, c).strip().equalsIgnoreCase(id)) {
                return c;
            }
        }
        return -1;
    }
}
