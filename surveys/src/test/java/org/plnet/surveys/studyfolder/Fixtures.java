package org.plnet.surveys.studyfolder;

import org.plnet.surveys.rows.Decimal;
import org.plnet.surveys.StudyInput;
import org.plnet.surveys.ReadMode;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.plnet.engine.model.Study;
import org.plnet.engine.model.KeptTies;
import org.plnet.surveys.report.ImportIssue;

/** The study folders under {@code src/test/resources/studies} and small views of what was read. */
final class Fixtures {

    private Fixtures() {
    }

    static Path folder(String name) {
        return root().resolve(name);
    }

    static Path root() {
        URL url = Fixtures.class.getResource("/studies/hand-study");
        try {
            return Path.of(url.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static StudyInput strict(String name) {
        return StudyFolderReader.read(folder(name), ReadMode.STRICT);
    }

    static StudyInput lenient(String name) {
        return StudyFolderReader.read(folder(name), ReadMode.LENIENT);
    }

    /** Every issue as {@code file:line:column: severity: message}. */
    static List<String> issues(StudyInput result) {
        return result.report().issues().stream().map(ImportIssue::toString).toList();
    }

    /** The ids of the respondents of a wave, in roster order. */
    static List<String> respondents(Study study, String wave) {
        BitSet who = study.respondents(wave);
        List<String> ids = new ArrayList<>();
        who.stream().forEach(i -> ids.add(study.people().get(i).id()));
        return ids;
    }

    /** The ties of a layer as {@code source->target:weight}, in the layer's order. */
    static List<String> ties(Study study, String relation, String wave) {
        KeptTies layer = study.layer(relation, wave).orElseThrow();
        List<String> ties = new ArrayList<>();
        for (int k = 0; k < layer.size(); k++) {
            ties.add(study.people().get(layer.source(k)).id() + "->" + study.people().get(layer.target(k)).id()
                    + ":" + Decimal.text(layer.weight(k)));
        }
        return ties;
    }
}
