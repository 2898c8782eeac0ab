package org.plnet.reports.html;

import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import com.github.mustachejava.SafeMustacheFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The Mustache templates of the HTML reports ({@code src/main/resources/org/plnet/reports/html}), run with
 * mustache.java's {@link SafeMustacheFactory}: every {@code {{value}}} is HTML-escaped ({@code & < > " ' ` =}),
 * unescaped output ({@code {{{ }}}}, {@code {{& }}}) is refused when a template is compiled, and only the
 * templates listed here can be loaded. So nothing from the input can reach a page as markup.
 */
final class ReportTemplates {

    static final String INDEX = "index.mustache";
    static final String SCHOOL = "school.mustache";

    /**
     * Every template a page may load. A page is a list of section partials, one line each in
     * {@code index.mustache} or {@code school.mustache}: a new section is a new partial, named here and
     * included there.
     */
    private static final Set<String> TEMPLATES = Set.of(INDEX, SCHOOL, "head.mustache", "heading.mustache",
            "sociogram.mustache", "legend.mustache", "glossary.mustache", "researchers.mustache",
            "sort-script.mustache", "footer.mustache", "view-switch.mustache", "view-script.mustache",
            "overview-context.mustache", "overview-glance.mustache", "overview-schools.mustache",
            "overview-map.mustache", "overview-brokers.mustache", "overview-answers.mustache",
            "overview-change.mustache",
            "school-context.mustache", "school-short.mustache", "school-next.mustache", "school-measures.mustache",
            "school-flow.mustache", "school-members.mustache", "school-map.mustache", "school-change.mustache",
            "events-overview.mustache", "events-school.mustache");

    private final MustacheFactory factory = new SafeMustacheFactory(TEMPLATES, "org/plnet/reports/html");

    /** Renders a page as UTF-8. */
    void render(String template, Object page, OutputStream out) throws IOException {
        Mustache mustache = factory.compile(template);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        mustache.execute(writer, page);
        writer.flush();
    }

    /** Renders a page as UTF-8 with its events sections as a second scope (names in it never clash with the page's). */
    void render(String template, Object page, AttendanceScope events, OutputStream out) throws IOException {
        Mustache mustache = factory.compile(template);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        mustache.execute(writer, new Object[] {events, page});
        writer.flush();
    }
}
