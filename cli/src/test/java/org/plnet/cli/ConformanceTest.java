package org.plnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plnet analyze} on the hand-worked conformance study of the shared spec reproduces its
 * {@code expected-metrics.json} value for value: the same structure and field order, the same nulls and
 * booleans, numbers within 1e-9 (spec/conformance/README.md).
 */
class ConformanceTest {

    private static final double TOLERANCE = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The fields statistics.md and affiliations.md add to metrics.md, after the contract's own fields of the same object. */
    private static final List<String> STATISTICS_FIELDS = List.of("brokerageExpected", "brokerageSd", "brokerageZ",
            "eiTest", "changes", "affiliations");
    /** The fields programmes.md adds, after those of metrics.md and statistics.md. */
    private static final List<String> PROGRAMME_FIELDS = List.of("networks", "eiIndexNetworks", "network",
            "linksWithinNetwork", "attributes", "breakdowns");

    @TempDir
    Path temp;

    @Test
    void handStudyReproducesExpectedMetrics() throws IOException, URISyntaxException {
        Path study = Path.of(ConformanceTest.class.getResource("/conformance/hand-study").toURI());
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("analyze", study.toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();

        JsonNode expected = JSON.readTree(study.resolve("expected-metrics.json").toFile());
        JsonNode actual = JSON.readTree(out.resolve("metrics.json").toFile());
        List<String> differences = new ArrayList<>();
        compare("$", expected, actual, differences);
        assertThat(differences).isEmpty();
    }

    @Test
    void aStudyWithoutSchoolsCsvHasTheProgrammeFieldsEmpty() throws IOException, URISyntaxException {
        // programmes.md, section 3: always present; no networks: [], 0, null, and null network everywhere
        Path study = Path.of(ConformanceTest.class.getResource("/conformance/hand-study").toURI());
        Path out = temp.resolve("out");
        assertThat(CliRun.of("analyze", study.toString(), "--out", out.toString()).status()).isZero();
        JsonNode analysis = JSON.readTree(out.resolve("metrics.json").toFile()).get("analyses").get(0);
        assertThat(analysis.get("networks").isArray()).isTrue();
        assertThat(analysis.get("networks")).isEmpty();
        assertThat(analysis.get("network").get("networks").intValue()).isZero();
        assertThat(analysis.get("network").get("eiIndexNetworks").isNull()).isTrue();
        for (JsonNode person : analysis.get("people")) {
            assertThat(person.get("network").isNull()).isTrue();
        }
        for (JsonNode school : analysis.get("schools")) {
            assertThat(school.get("network").isNull()).isTrue();
            assertThat(school.get("linksWithinNetwork").isNull()).isTrue();
            assertThat(school.get("attributes").isObject()).isTrue();
            assertThat(school.get("breakdowns").isArray()).isTrue();
        }
        assertThat(analysis.get("breakdowns").isArray()).isTrue();
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isNumber() && actual.isNumber()) {
            if (Math.abs(expected.doubleValue() - actual.doubleValue()) > TOLERANCE) {
                differences.add(path + ": expected " + expected + " but was " + actual);
            }
        } else if (expected.isObject() && actual.isObject()) {
            List<String> expectedNames = names(expected.fieldNames());
            List<String> actualNames = names(actual.fieldNames());
            if (!actualNames.subList(0, Math.min(actualNames.size(), expectedNames.size())).equals(expectedNames)) {
                differences.add(path + ": fields " + actualNames + " instead of " + expectedNames);
                return;
            }
            List<String> extra = new ArrayList<>(actualNames.subList(expectedNames.size(), actualNames.size()));
            extra.removeAll(STATISTICS_FIELDS);
            extra.removeAll(PROGRAMME_FIELDS);
            if (!extra.isEmpty()) {
                differences.add(path + ": fields " + extra + " are neither in the contract nor in statistics.md");
            }
            for (String name : expectedNames) {
                compare(path + "." + name, expected.get(name), actual.get(name), differences);
            }
        } else if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                differences.add(path + ": " + actual.size() + " elements instead of " + expected.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + ": expected " + expected + " but was " + actual);
        }
    }

    private static List<String> names(Iterator<String> it) {
        List<String> names = new ArrayList<>();
        it.forEachRemaining(names::add);
        return names;
    }
}
