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
    static final String PROGRAMME = "programme.mustache";
    static final String NETWORK = "network.mustache";

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
            "events-overview.mustache", "events-school.mustache",
            PROGRAMME, NETWORK, "network-map.mustache", "breakdowns.mustache", "network-link.mustache");

    private final MustacheFactory factory = new SafeMustacheFactory(TEMPLATES, "org/plnet/reports/html");

    /**
     * Renders a page as UTF-8 with further scopes below the page's own (events sections, what a programme
     * adds), so that the page records stay as they are; a name in the page wins over the same name below.
     */
    void render(String template, Object page, OutputStream out, Object... below) throws IOException {
        Mustache mustache = factory.compile(template);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Object[] scopes = java.util.Arrays.copyOf(below, below.length + 1);
        scopes[below.length] = page;
        mustache.execute(writer, scopes);
        writer.flush();
    }
}
