/**
 * The HTML reports people read: the network overview ({@code index.html}) and one link report per school
 * ({@code schools/<slug>.html}), written by {@link org.plnet.reports.html.HtmlReports}. The pages are
 * rendered from Mustache templates ({@code src/main/resources/org/plnet/reports/html}) that escape every
 * value; the page data are plain records ({@link org.plnet.reports.html.OverviewPage},
 * {@link org.plnet.reports.html.SchoolPage}), one per relation and wave
 * ({@link org.plnet.reports.html.View}). Who is named is decided in one place,
 * {@link org.plnet.reports.html.PersonLabels}, by the {@link org.plnet.reports.html.NameMode}; which group
 * figures may be shown in the aggregate mode by {@link org.plnet.reports.html.Disclosure}.
 */
package org.plnet.reports.html;
