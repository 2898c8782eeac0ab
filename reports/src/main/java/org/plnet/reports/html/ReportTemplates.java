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

    private static final Set<String> TEMPLATES = Set.of(INDEX, SCHOOL, "head.mustache", "heading.mustache",
            "sociogram.mustache", "legend.mustache", "glossary.mustache", "sort-script.mustache",
            "footer.mustache", PROGRAMME, NETWORK, "network-map.mustache", "breakdowns.mustache",
            "network-link.mustache");

    private final MustacheFactory factory = new SafeMustacheFactory(TEMPLATES, "org/plnet/reports/html");

    /** Renders a page as UTF-8. */
    void render(String template, Object page, OutputStream out) throws IOException {
        Mustache mustache = factory.compile(template);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        mustache.execute(writer, page);
        writer.flush();
    }

    /** Renders a page as UTF-8 with what a programme adds in a scope below the page's own (programmes.md). */
    void render(String template, Object page, ReportExtras extras, OutputStream out) throws IOException {
        Mustache mustache = factory.compile(template);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        mustache.execute(writer, new Object[] {extras, page});
        writer.flush();
    }
}
