package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.analysis.StudyAnalyzer;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.surveys.ReadMode;
import org.plnet.surveys.StudyReader;

/**
 * The wording rules of every generated page, on the example study and the small test study, in every mode:
 * no internal word outside the "For researchers" part; every displayed change is the difference of the two
 * displayed values; no median of counts is half a person.
 */
class PlainWordsTest {

    private static final Path NEW_FOREST = Path.of("..", "examples", "new-forest");

    /** Words of the definitions and the program that a head teacher should never have to read. */
    private static final List<String> INTERNAL = List.of("tie of d", "strongtiemin", "tiemin", "s(c,p)", "k =",
            "open two-step", "two-path", "wave", "plnet", "study folder", "gatekeeper", "representative",
            "--relation", "--names", "metrics.json", "e-i index");

    /** "0.5" or "21.5" as a figure; a z-score ("z 2.5") is not a count. */
    private static final Pattern HALF = Pattern.compile("(?<![\\d.]|z )\\d+\\.5(?![\\d%])");

    @TempDir
    static Path temp;

    /** The pages of each study and mode, written once: analysing the example study takes seconds. */
    private static final java.util.Map<String, List<Document>> WRITTEN = new java.util.HashMap<>();
    private static final java.util.Map<String, StudyAnalysis> ANALYSED = new java.util.HashMap<>();

    private static List<Document> pages(Study study, NameMode mode) throws IOException {
        String key = study.name() + "-" + mode.label();
        if (!WRITTEN.containsKey(key)) {
            WRITTEN.put(key, write(study, mode, key));
        }
        return WRITTEN.get(key);
    }

    private static List<Document> write(Study study, NameMode mode, String key) throws IOException {
        StudyAnalysis analysis = ANALYSED.computeIfAbsent(study.name(), n -> StudyAnalyzer.analyze(study));
        Path out = temp.resolve(key);
        try (OutputFolder folder = OutputFolder.open(out)) {
            HtmlReports.write(folder, study, analysis, ComparedWaves.choose(analysis, null, null), mode);
            folder.commit();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().map(p -> {
                try {
                    return Jsoup.parse(p.toFile(), "UTF-8");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    private static Study newForest;

    private static Study newForest() {
        if (newForest == null) {
            newForest = StudyReader.read(NEW_FOREST, ReadMode.STRICT).studyOrThrow();
        }
        return newForest;
    }

    @ParameterizedTest
    @EnumSource(NameMode.class)
    void noInternalWordsOutsideThePartForResearchers(NameMode mode) throws IOException {
        for (Study study : List.of(newForest(), TestStudies.twoWaves())) {
            for (Document doc : pages(study, mode)) {
                doc.select("section.researchers").remove();
                String text = (doc.title() + " " + doc.text()).toLowerCase(Locale.ROOT);
                for (String word : INTERNAL) {
                    assertThat(text).as(doc.title() + " in mode " + mode).doesNotContain(word);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = NameMode.class, names = {"SCHOOL", "AGGREGATE"})
    void everyDisplayedChangeIsTheDifferenceOfTheDisplayedValues(NameMode mode) throws IOException {
        int checked = 0;
        for (Document doc : pages(newForest(), mode)) {
            // a school's change table: survey before, survey now, change
            for (Element row : doc.select("table[id$=change-table] tbody tr[data-measure]")) {
                List<String> cells = row.select("td").eachText();
                assertDifference(cells.get(0), cells.get(1), cells.get(2));
                checked++;
            }
            // the overview's change table: before, now, change for each of three measures
            for (Element row : doc.select("table[id$=change-table] tbody tr:not([data-measure])")) {
                List<String> cells = row.select("td").eachText();
                for (int k = 0; k + 2 < cells.size() - 2; k += 3) {
                    assertDifference(cells.get(k), cells.get(k + 1), cells.get(k + 2));
                    checked++;
                }
            }
            // the headline figures: "Survey 2019: 29% · +6 points"
            for (Element figure : doc.select("li.figure")) {
                Element previous = figure.selectFirst(".previous");
                if (previous != null) {
                    String[] parts = previous.text().replaceFirst("^Survey [^:]+: ", "").split(" \u00b7 ");
                    assertDifference(parts[0], figure.selectFirst(".value").text(), parts[1]);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    /** The change reads as the difference of the two values as shown (the percentage in brackets if any). */
    private static void assertDifference(String before, String now, String change) {
        BigDecimal a = shown(before);
        BigDecimal b = shown(now);
        if (a == null || b == null) {
            assertThat(change).isEqualTo("n/a");
            return;
        }
        String c = change.replaceAll(" \\(1 = \\d+\\)$", "").replace("\u2212", "-").replace(" points", "")
                .replace(" point", "").replace("+", "");
        BigDecimal expected = b.subtract(a);
        if (c.equals("no change")) {
            assertThat(expected.signum()).as(before + " -> " + now).isZero();
        } else {
            assertThat(new BigDecimal(c)).as(before + " -> " + now + ": " + change).isEqualByComparingTo(expected);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private static BigDecimal shown(String text) {
        Matcher bracket = Pattern.compile("\\((\\d+)%\\)").matcher(text);
        if (bracket.find()) {
            return new BigDecimal(bracket.group(1));
        }
        Matcher m = NUMBER.matcher(text.replace("\u2212", "-"));
        return m.find() ? new BigDecimal(m.group()) : null;
    }

    @ParameterizedTest
    @EnumSource(value = NameMode.class, names = {"SCHOOL", "AGGREGATE"})
    void mediansOfCountsAreNeverHalfAPerson(NameMode mode) throws IOException {
        for (Document doc : pages(newForest(), mode)) {
            Matcher half = HALF.matcher(doc.text());
            assertThat(half.find()).as(doc.title() + ": " + (half.find(0) ? half.group() : "")).isFalse();
        }
        // new-forest has 10 schools: the median of the staff counts lies between two schools' values
        Document index = pages(newForest(), NameMode.SCHOOL).get(0);
        assertThat(index.select("div.view:not([hidden]) #schools-table tfoot td").get(0).text())
                .matches("\\d+ or \\d+|\\d+");
    }
}
