package org.plnet.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SociogramTest {

    private static Layout at(double... xy) {
        double[] x = new double[xy.length / 2];
        double[] y = new double[xy.length / 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = xy[2 * i];
            y[i] = xy[2 * i + 1];
        }
        return new Layout(x, y);
    }

    @Test
    void coordinatesHaveOneDecimalAndNoLocale() {
        assertThat(Sociogram.fmt(12.34)).isEqualTo("12.3");
        assertThat(Sociogram.fmt(12.35)).isEqualTo("12.4");
        assertThat(Sociogram.fmt(7)).isEqualTo("7.0");
        assertThat(Sociogram.fmt(-1.26)).isEqualTo("-1.3");
        assertThat(Sociogram.fmt(-0.04)).isEqualTo("0.0");
    }

    @Test
    void aTieBothWaysIsOneLineWithTwoArrowHeads() {
        List<SociogramNode> nodes = List.of(new SociogramNode("A", "A", 0, true, 1),
                new SociogramNode("B", null, 1, false, 2), new SociogramNode("C", null, -1, false, 0));
        // 0 -> 1, 1 -> 0, 2 -> 1
        Sociogram s = Sociogram.draw("net", "t", "d", nodes, new int[] {0, 1, 2}, new int[] {1, 0, 1},
                at(0, 0, 1, 0, 0, 1));
        assertThat(s.lines()).hasSize(2);
        assertThat(s.lines().get(0).mutual()).isTrue();
        assertThat(s.lines().get(1).mutual()).isFalse();
        // members are drawn last, on top
        assertThat(s.marks()).extracting(Sociogram.Mark::title).containsExactly("B", "C", "A");
        assertThat(s.marks().get(2).member()).isTrue();
        // school 1 is sky blue, unknown school grey
        assertThat(s.marks().get(0).fill()).isEqualTo("#56B4E9");
        assertThat(s.marks().get(1).fill()).isEqualTo("#999999");
        assertThat(s.viewBox()).isEqualTo("0 0 1000 680");
    }

    @Test
    void theLineStopsShortOfTheMarks() {
        List<SociogramNode> nodes = List.of(new SociogramNode("A", null, 0, false, 0),
                new SociogramNode("B", null, 0, false, 0));
        Sociogram s = Sociogram.draw("net", "t", "d", nodes, new int[] {0}, new int[] {1}, at(0, 0.5, 1, 0.5));
        // 2 people: marks 1.8 x 3.5 = 6.3 wide; the margin is 24 + 6.3 = 30.3, so the centres are at x = 30.3
        // and x = 969.7; the line starts 6.3 + 1 after the first and ends 6.3 + 2 before the second
        Sociogram.Line line = s.lines().get(0);
        assertThat(line.x1()).isEqualTo("37.6");
        assertThat(line.x2()).isEqualTo("961.4");
        assertThat(line.y1()).isEqualTo("340.0");
    }

    @Test
    void everyLabelledPersonIsLabelledEvenWhereLabelsCrowd() {
        // two people at the same place: the more-named one is labelled first, on the right (it fits); the
        // other no longer fits on either side but is still labelled, since a printed page has no hover text
        List<SociogramNode> nodes = List.of(new SociogramNode("A", "Ann", 0, true, 1),
                new SociogramNode("B", "Bea", 0, true, 5));
        Sociogram s = Sociogram.draw("net", "t", "d", nodes, new int[0], new int[0], at(0.5, 0.5, 0.5, 0.5));
        assertThat(s.labels()).extracting(Sociogram.Label::text).containsExactly("Bea", "Ann");
    }

    @Test
    void laterSchoolsChangeShapeNotOnlyColour() {
        assertThat(SchoolStyle.of(0)).isEqualTo(new SchoolStyle("#E69F00", SchoolStyle.Shape.CIRCLE));
        // the eighth school: another colour and another shape, so ten schools never share a colour
        assertThat(SchoolStyle.of(7)).isEqualTo(new SchoolStyle("#CC6677", SchoolStyle.Shape.SQUARE));
        assertThat(SchoolStyle.of(8).fill()).isNotEqualTo(SchoolStyle.of(1).fill());
        assertThat(SchoolStyle.of(15)).isEqualTo(new SchoolStyle("#56B4E9", SchoolStyle.Shape.DIAMOND));
        List<SociogramNode> nodes = List.of(new SociogramNode("A", null, 7, false, 0));
        Sociogram s = Sociogram.draw("net", "t", "d", nodes, new int[0], new int[0], at(0.5, 0.5));
        assertThat(s.marks().get(0).circle()).isFalse();
        assertThat(s.marks().get(0).path()).startsWith("M").endsWith("Z");
    }

    @Test
    void idsMustBeSafeInsideSvg() {
        assertThatThrownBy(() -> Sociogram.draw("x\" onload=\"", "t", "d", List.of(), new int[0], new int[0], at()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
