package org.plnet.surveys.imports.responses;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the end-date column of an export to tell which of two submissions came later. Every layout of the
 * survey tools is tried (ISO, {@code yyyy/MM/dd}, day first and month first, 24-hour or AM/PM, with or without
 * seconds, a trailing time zone name dropped); each one that reads every value of the column is kept. Two
 * submissions are ordered only when every kept layout orders them the same way: {@code 02/10/2019} may be
 * 2 October or 10 February, and the importer never guesses which.
 */
final class EndDates {

    private static final List<DateTimeFormatter> LAYOUTS = List.of(
            layout("uuuu-MM-dd[ HH:mm[:ss]]"),
            layout("uuuu-MM-dd'T'HH:mm[:ss]"),
            layout("uuuu/MM/dd[ HH:mm[:ss]]"),
            layout("uuuu/MM/dd h:mm[:ss] a"),
            layout("dd/MM/uuuu[ HH:mm[:ss]]"),
            layout("MM/dd/uuuu[ HH:mm[:ss]]"),
            layout("dd/MM/uuuu h:mm[:ss] a"),
            layout("MM/dd/uuuu h:mm[:ss] a"),
            layout("d/M/uuuu[ H:mm[:ss]]"),
            layout("M/d/uuuu[ H:mm[:ss]]"),
            layout("d.M.uuuu[ H:mm[:ss]]"));

    private final List<List<LocalDateTime>> readings;

    private EndDates(List<List<LocalDateTime>> readings) {
        this.readings = readings;
    }

    /** Reads {@code values} (one per row; blank values are allowed and never ordered). */
    static EndDates of(List<String> values) {
        List<DateTimeFormatter> fitting = new ArrayList<>();
        for (DateTimeFormatter f : LAYOUTS) {
            boolean all = true;
            boolean any = false;
            for (String v : values) {
                String s = clean(v);
                if (s.isEmpty()) {
                    continue;
                }
                any = true;
                if (parse(f, s) == null) {
                    all = false;
                    break;
                }
            }
            if (all && any) {
                fitting.add(f);
            }
        }
        List<List<LocalDateTime>> readings = new ArrayList<>();
        for (String v : values) {
            List<LocalDateTime> row = new ArrayList<>();
            String s = clean(v);
            if (!s.isEmpty()) {
                for (DateTimeFormatter f : fitting) {
                    row.add(parse(f, s));
                }
            }
            readings.add(row);
        }
        return new EndDates(readings);
    }

    /** Whether the column could be read at all. */
    boolean readable() {
        return readings.stream().anyMatch(r -> !r.isEmpty());
    }

    /**
     * Compares the end dates of rows {@code a} and {@code b} (indices into the values given): negative when
     * {@code a} is earlier, positive when later, 0 when equal or when they cannot be ordered for sure.
     */
    int compare(int a, int b) {
        List<LocalDateTime> x = readings.get(a);
        List<LocalDateTime> y = readings.get(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int sign = Integer.signum(x.get(0).compareTo(y.get(0)));
        for (int i = 1; i < x.size(); i++) {
            if (Integer.signum(x.get(i).compareTo(y.get(i))) != sign) {
                return 0;
            }
        }
        return sign;
    }

    /** Whether rows {@code a} and {@code b} both have dates that the layouts read in different orders. */
    boolean ambiguous(int a, int b) {
        List<LocalDateTime> x = readings.get(a);
        List<LocalDateTime> y = readings.get(b);
        return !x.isEmpty() && !y.isEmpty() && compare(a, b) == 0 && !x.get(0).equals(y.get(0));
    }

    private static String clean(String value) {
        String s = value == null ? "" : value.strip();
        // "2019/10/02 9:10:00 AM GMT+1" (Google Forms): drop a trailing time zone name
        int space = s.lastIndexOf(' ');
        if (space > 0) {
            String last = s.substring(space + 1);
            if (last.matches("(?i)(GMT|UTC|[A-Z]{2,5})([+-]\\d{1,2}(:?\\d{2})?)?")
                    && !last.equalsIgnoreCase("AM") && !last.equalsIgnoreCase("PM")) {
                s = s.substring(0, space);
            }
        }
        return s;
    }

    private static LocalDateTime parse(DateTimeFormatter f, String s) {
        try {
            return LocalDateTime.parse(s, f);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DateTimeFormatter layout(String pattern) {
        DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern);
        if (!pattern.endsWith(" a")) {
            // an AM/PM hour resolves to the hour of day itself; a default would contradict it
            b.parseDefaulting(ChronoField.HOUR_OF_DAY, 0).parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0);
        }
        return b.parseDefaulting(ChronoField.SECOND_OF_MINUTE, 0)
                .toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
