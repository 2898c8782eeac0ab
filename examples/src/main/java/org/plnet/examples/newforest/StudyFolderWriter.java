package org.plnet.examples.newforest;


import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plnet.engine.output.CsvWriter;

/**
 * Writes a {@link NewForestStudy} as a study folder (study-format.md, affiliations.md): people.csv,
 * respondents.csv, ties.csv, events.csv, attendance.csv and study.yaml, UTF-8 without a BOM, LF line ends, RFC 4180 quoting only where needed.
 * Other files in the folder (the README) are left alone.
 */
final class StudyFolderWriter {

    static final String PEOPLE = "people.csv";
    static final String RESPONDENTS = "respondents.csv";
    static final String TIES = "ties.csv";
    static final String STUDY = "study.yaml";
    static final String EVENTS = "events.csv";
    static final String ATTENDANCE = "attendance.csv";

    private StudyFolderWriter() {
    }

    static void write(NewForestStudy study, Path folder) throws IOException {
        Files.createDirectories(folder);
        List<StaffMember> staff = study.staff();

        List<String[]> people = new ArrayList<>();
        for (StaffMember p : staff) {
            people.add(new String[] {p.id(), p.name(), p.school().name(), p.role().label(),
                Boolean.toString(p.member()), p.school().phase().label(), Integer.toString(p.yearsExperience())});
        }
        writeCsv(folder.resolve(PEOPLE), people, "id", "name", "school", "role", "member", "phase", "years_experience");

        List<String[]> respondents = new ArrayList<>();
        for (Wave wave : Wave.values()) {
            for (int i = 0; i < staff.size(); i++) {
                if (study.responses().answered(wave, i)) {
                    respondents.add(new String[] {staff.get(i).id(), wave.label()});
                }
            }
        }
        writeCsv(folder.resolve(RESPONDENTS), respondents, "id", "wave");

        List<String[]> ties = new ArrayList<>();
        for (Tie t : study.ties()) {
            ties.add(new String[] {staff.get(t.source()).id(), staff.get(t.target()).id(), t.question().relation(),
                Integer.toString(t.weight()), t.wave().label()});
        }
        writeCsv(folder.resolve(TIES), ties, "source", "target", "relation", "weight", "wave");

        List<String[]> events = new ArrayList<>();
        for (NetworkEvents.Event e : NetworkEvents.EVENTS) {
            events.add(new String[] {e.id(), e.name(), e.date(), e.type()});
        }
        writeCsv(folder.resolve(EVENTS), events, "id", "name", "date", "type");

        List<String[]> attendance = new ArrayList<>();
        for (NetworkEvents.Attendance a : study.attendance()) {
            attendance.add(new String[] {staff.get(a.person()).id(), a.event().id(), a.event().wave().label()});
        }
        writeCsv(folder.resolve(ATTENDANCE), attendance, "person", "event", "wave");

        Files.writeString(folder.resolve(STUDY), studyYaml(), StandardCharsets.UTF_8);
    }

    private static void writeCsv(Path file, List<String[]> rows, String... columns) throws IOException {
        // the quoting of every study folder plnet writes (plnet import too)
        CsvWriter csv = new CsvWriter(CsvWriter.Quoting.WHEN_NEEDED).row((Object[]) columns);
        for (String[] row : rows) {
            csv.row((Object[]) row);
        }
        Files.writeString(file, csv.text(), StandardCharsets.UTF_8);
    }

    private static String studyYaml() {
        StringBuilder yaml = new StringBuilder();
        yaml.append("# SYNTHETIC example study: invented people, schools and ties. See README.md.\n");
        yaml.append("# Written by org.plnet.examples.newforest.NewForestGenerator; do not edit by hand.\n");
        yaml.append("name: new-forest\n");
        yaml.append("description: \"SYNTHETIC study modelled on the New Forest / Hampshire Research Learning Network")
                .append(" case studies (Brown & Flood 2019, 2020; Brown et al. 2021): ten invented primary and secondary")
                .append(" schools, 38 network members, two waves (2019, 2020). Both relations are rated by frequency,")
                .append(" 1 = a few times a year, 2 = about monthly, 3 = about every two weeks, 4 = weekly or more.\"\n");
        yaml.append("relations:\n");
        for (Question question : Question.values()) {
            yaml.append("  ").append(question.relation()).append(":\n");
            yaml.append("    question: \"").append(question.text()).append("\"\n");
            yaml.append("    flow: seek        # the respondent goes to the person named\n");
            yaml.append("    scaleMax: 4       # 4 = weekly or more\n");
            yaml.append("    tieMin: 1         # every named person is a tie\n");
            yaml.append("    strongTieMin: 3   # about every two weeks or more often\n");
        }
        yaml.append("affiliations:         # events.csv and attendance.csv\n");
        yaml.append("  relation: co-attendance\n");
        yaml.append("  tieMin: 1            # one shared event makes a tie\n");
        yaml.append("  strongTieMin: 2      # two or more shared events in a year\n");
        return yaml.toString();
    }
}
