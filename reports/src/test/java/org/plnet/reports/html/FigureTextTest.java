package org.plnet.reports.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureTextTest {

    @Test
    void sharesAreWholePercentagesRoundedHalfUp() {
        assertThat(FigureText.percent(0.4)).isEqualTo("40%");
        assertThat(FigureText.percent(0.125)).isEqualTo("13%"); // 12.5 -> 13
        assertThat(FigureText.percent(1.0 / 3)).isEqualTo("33%");
        assertThat(FigureText.percent(0.0)).isEqualTo("0%");
        assertThat(FigureText.percent(null)).isEqualTo("n/a");
    }

    @Test
    void decimalsHaveTwoPlaces() {
        assertThat(FigureText.decimal(0.4321)).isEqualTo("0.43");
        assertThat(FigureText.decimal(0.625)).isEqualTo("0.63");
        assertThat(FigureText.decimal(-0.001)).isEqualTo("0.00");
        assertThat(FigureText.decimal(null)).isEqualTo("n/a");
    }

    @Test
    void changesAreSignedAndSayWhenThereIsNone() {
        assertThat(FigureText.percentChange(0.35, 0.42)).isEqualTo("+7 points");
        assertThat(FigureText.percentChange(0.42, 0.41)).isEqualTo("\u22121 point");
        assertThat(FigureText.percentChange(0.5, 0.502)).isEqualTo("no change");
        assertThat(FigureText.percentChange(null, 0.5)).isEqualTo("n/a");
        assertThat(FigureText.decimalChange(0.59, 0.71)).isEqualTo("+0.12");
        assertThat(FigureText.decimalChange(0.71, 0.61)).isEqualTo("\u22120.10");
        assertThat(FigureText.countChange(3, 3)).isEqualTo("no change");
        assertThat(FigureText.countChange(2356, 2573)).isEqualTo("+217");
    }

    @Test
    void aChangeIsTheDifferenceOfTheDisplayedValues() {
        // the cases: 86% -> 90% is +4 points (exact difference 4.6 would round to +5)
        assertThat(FigureText.percentChange(0.8645, 0.9045)).isEqualTo("+4 points");
        assertThat(FigureText.percent(0.8645) + " " + FigureText.percent(0.9045)).isEqualTo("86% 90%");
        // 61% -> 56%: -5 points, not -6
        assertThat(FigureText.percentChange(0.6149, 0.5551)).isEqualTo("\u22125 points");
        // 0.56 -> 0.54: -0.02, not -0.01
        assertThat(FigureText.decimalChange(0.5551, 0.5449)).isEqualTo("\u22120.02");
    }

    @Test
    void exactValuesRoundTrip() {
        double v = 0.1 + 0.2;
        assertThat(Double.parseDouble(FigureText.exact(v))).isEqualTo(v);
        assertThat(FigureText.exact((Double) null)).isEmpty();
        assertThat(FigureText.count(2.5)).isEqualTo("2 or 3"); // never half a person
        assertThat(FigureText.count(3.0)).isEqualTo("3");
    }
}
