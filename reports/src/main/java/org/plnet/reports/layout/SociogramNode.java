package org.plnet.reports.layout;

/**
 * One person as a sociogram shows them. Every text here is plain text; the SVG template escapes it.
 *
 * @param title    the hover text (SVG {@code <title>}), e.g. "Member 3, Burley Primary"
 * @param label    the text of a visible label, drawn only where it fits; {@code null} for none
 * @param group    the person's school as an index into {@link SchoolStyle} (colour and shape); -1 for unknown
 * @param member   whether the person takes part in the network: drawn with a thick ring
 * @param inDegree the number of people who named this person; decides the size of the mark
 */
public record SociogramNode(String title, String label, int group, boolean member, int inDegree) {

    public SociogramNode {
        java.util.Objects.requireNonNull(title, "title");
        if (inDegree < 0) {
            throw new IllegalArgumentException("negative in-degree");
        }
    }
}
