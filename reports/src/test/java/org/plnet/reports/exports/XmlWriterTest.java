package org.plnet.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlWriterTest {

    @Test
    void escapesMarkupQuotesAndLineBreaks() {
        assertThat(XmlWriter.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;");
        assertThat(XmlWriter.escape("a\tb\nc\rd")).isEqualTo("a&#9;b&#10;c&#13;d");
    }

    @Test
    void replacesWhatXmlCannotHold() {
        assertThat(XmlWriter.escape("\u0000\u0008\u001F\uFFFE\uFFFF")).isEqualTo("\uFFFD".repeat(5));
        // a lone surrogate of either kind; a pair (an emoji) is kept
        assertThat(XmlWriter.escape("x\uD83Dy\uDE00z\uD83D\uDE00")).isEqualTo("x\uFFFDy\uFFFDz\uD83D\uDE00");
        assertThat(XmlWriter.escape("Zoë Ångström")).isEqualTo("Zoë Ångström");
    }

    @Test
    void plainTextComesBackAsItIsAndAnEscapeAfterAPlainStartKeepsTheStart() {
        String plain = "Member 3, Burley Primary 0.25";
        assertThat(XmlWriter.escape(plain)).isSameAs(plain);
        assertThat(XmlWriter.escape("")).isEmpty();
        assertThat(XmlWriter.escape("Burley & Co")).isEqualTo("Burley &amp; Co");
        assertThat(XmlWriter.escape("Zo\u00eb\u0007")).isEqualTo("Zo\u00eb\uFFFD");
        assertThat(XmlWriter.escape("smile \uD83D\uDE00")).isEqualTo("smile \uD83D\uDE00");
        assertThat(XmlWriter.escape("end\n")).isEqualTo("end&#10;");
    }

    @Test
    void numbersAsText() {
        assertThat(NumberText.of(3.0)).isEqualTo("3");
        assertThat(NumberText.of(-0.0)).isEqualTo("0");
        assertThat(NumberText.of(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(NumberText.of(1e-7)).isEqualTo("1.0E-7");
        assertThat(NumberText.of(1e20)).isEqualTo("1.0E20");
        assertThat(NumberText.of(-12345678)).isEqualTo("-12345678");
    }
}
