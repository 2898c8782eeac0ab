package org.plnet.surveys.imports;

import java.util.List;
import java.util.Optional;
import org.plnet.surveys.imports.grid.GoogleFormsReader;
import org.plnet.surveys.imports.grid.QualtricsReader;
import org.plnet.surveys.imports.grid.RosterGridReader;
import org.plnet.surveys.imports.grid.SurveyMonkeyReader;
import org.plnet.surveys.imports.namegen.NameGeneratorReader;
import org.plnet.surveys.imports.network.EdgeListReader;
import org.plnet.surveys.imports.network.GexfReader;
import org.plnet.surveys.imports.network.GraphmlReader;
import org.plnet.surveys.imports.network.PajekReader;
import org.plnet.surveys.imports.network.UcinetDlReader;
import org.plnet.surveys.imports.sociogram.SociogramTemplateReader;

/** Every reader {@code plnet import} knows, one per {@link SurveyFormat}. */
public final class SurveyReaders {

    private static final List<SurveyReader> ALL = List.of(
            new QualtricsReader(), new GoogleFormsReader(), new SurveyMonkeyReader(), new RosterGridReader(),
            new NameGeneratorReader(), new UcinetDlReader(), new PajekReader(), new GraphmlReader(), new GexfReader(),
            new EdgeListReader(), new SociogramTemplateReader());

    private SurveyReaders() {
    }

    /** The readers, in the order of {@link SurveyFormat}. */
    public static List<SurveyReader> all() {
        return ALL;
    }

    /** The reader of {@code format}, if there is one yet. */
    public static Optional<SurveyReader> of(SurveyFormat format) {
        return ALL.stream().filter(r -> r.format() == format).findFirst();
    }
}
