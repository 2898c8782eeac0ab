package org.plnet.reports.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.plnet.engine.analysis.StudyAnalysis;
import org.plnet.engine.model.Study;
import org.plnet.reports.exports.HandStudy;

/** Issue 8, item 7: network.xlsx is the same bytes in any time zone and any locale. */
class WorkbookAnyZoneTest {

    private static byte[] workbook(String zone, Locale locale) throws IOException {
        TimeZone zoneBefore = TimeZone.getDefault();
        Locale localeBefore = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(zone));
            Locale.setDefault(locale);
            Study study = HandStudy.study();
            StudyAnalysis analysis = HandStudy.analysis(study);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            NetworkWorkbook.write(study, analysis, out);
            return out.toByteArray();
        } finally {
            TimeZone.setDefault(zoneBefore);
            Locale.setDefault(localeBefore);
        }
    }

    @Test
    void theSameBytesInEveryZoneAndLocale() throws IOException {
        byte[] utc = workbook("UTC", Locale.ROOT);
        // zones from UTC-12 to UTC+14 and half hours; locales with other digits, calendars and separators
        assertThat(workbook("Pacific/Kiritimati", Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai")))
                .isEqualTo(utc);
        assertThat(workbook("Etc/GMT+12", Locale.forLanguageTag("ar-SA"))).isEqualTo(utc);
        assertThat(workbook("America/St_Johns", Locale.GERMANY)).isEqualTo(utc);
        assertThat(workbook("Asia/Kolkata", Locale.forLanguageTag("hi-IN"))).isEqualTo(utc);
    }
}
