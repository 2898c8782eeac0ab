package org.plnet.examples.newforest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates the SYNTHETIC example study {@code examples/new-forest/}, modelled on the New Forest /
 * Hampshire Research Learning Network: Brown, C. &amp; Flood, J. (2019) <i>Formalise, Prioritise and
 * Mobilise: How School Leaders Secure the Benefits of Professional Learning Networks</i>, Emerald;
 * Brown, C. &amp; Flood, J. (2020) "The three roles of school leaders in maximizing the impact of
 * Professional Learning Networks: a case study from England", <i>International Journal of Educational
 * Research</i> 99, 101516; Brown, C. &amp; Flood, J. (2020) "Conquering the Professional Learning Network
 * labyrinth", <i>School Leadership &amp; Management</i> 40(2-3), 128-145; Brown, C., Flood, J., Armstrong,
 * P., MacGregor, S. &amp; Chinas, C. (2021) "Is distributed leadership an effective approach for
 * mobilising professional capital across professional learning networks?", <i>Journal of Professional
 * Capital and Community</i> 6(1), 64-78. Ten invented schools whose research
 * champions and senior leaders meet across schools. People, names, schools and ties are invented.
 *
 * <p>Usage: {@code NewForestGenerator [output-folder]}, default {@code examples/new-forest}. The
 * output is byte-identical on every run ({@link #SEED}).
 */
public final class NewForestGenerator {

    /** The seed of the one random number generator. */
    public static final long SEED = 20190601L;

    /** The schools and what each is built to show; the README of the study lists the same. */
    static final List<School> SCHOOLS = List.of(
            new School("Ashurst Primary", Phase.PRIMARY, 30, 4, LinkDesign.TWO_WAY, 0.90, 0.93),
            new School("Brockenhurst Junior", Phase.PRIMARY, 21, 3, LinkDesign.INFLOW_ONLY, 0.86, 0.90),
            new School("Lyndhurst Infant", Phase.PRIMARY, 13, 2, LinkDesign.NO_NETWORK_TIES, 0.92, 0.85),
            new School("Ringwood Secondary", Phase.SECONDARY, 58, 6, LinkDesign.TWO_WAY, 0.84, 0.88),
            new School("Burley Primary", Phase.PRIMARY, 17, 3, LinkDesign.OUTFLOW_ONLY, 0.88, 0.82),
            new School("Minstead Primary", Phase.PRIMARY, 26, 4, LinkDesign.MODERATE, 0.62, 0.58),
            new School("Fordingbridge Secondary", Phase.SECONDARY, 56, 5, LinkDesign.TWO_WAY, 0.86, 0.89),
            new School("Sway Junior", Phase.PRIMARY, 22, 3, LinkDesign.GROWING, 0.91, 0.91),
            new School("Beaulieu Primary", Phase.PRIMARY, 18, 3, LinkDesign.MODERATE, 0.89, 0.83),
            new School("Totton Secondary", Phase.SECONDARY, 50, 5, LinkDesign.NETWORK_FACING, 0.83, 0.86));

    private NewForestGenerator() {
    }

    /** Writes the study into {@code args[0]}, default {@code examples/new-forest}. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "examples/new-forest");
        NewForestStudy study = generate();
        StudyFolderWriter.write(study, folder);
        long members = study.staff().stream().filter(StaffMember::member).count();
        System.out.printf("wrote %s: %d people in %d schools, %d network members%n",
                folder, study.staff().size(), study.schools().size(), members);
        for (Wave wave : Wave.values()) {
            System.out.printf("  wave %s: %d respondents;", wave.label(), study.respondentCount(wave));
            for (Question question : Question.values()) {
                System.out.printf(" %s %d ties;", question.relation(), study.tieCount(question, wave));
            }
            System.out.println();
        }
        System.out.printf("  %d events, %d attendances%n", NetworkEvents.EVENTS.size(), study.attendance().size());
    }

    /** The study, generated from {@link #SEED}. */
    static NewForestStudy generate() {
        Random random = new Random(SEED);
        List<StaffMember> staff = Roster.build(SCHOOLS, random);
        Responses responses = Responses.draw(staff, random);
        TieModel model = new TieModel(staff, random);
        List<Tie> ties = new ArrayList<>();
        for (Wave wave : Wave.values()) {
            for (Question question : Question.values()) {
                ties.addAll(model.answers(question, wave, responses, random));
            }
        }
        List<NetworkEvents.Attendance> attendance = NetworkEvents.draw(staff, random);
        return new NewForestStudy(SCHOOLS, staff, responses, ties, attendance);
    }
}
