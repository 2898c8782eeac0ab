package org.plnet.reports.html;

/**
 * One relation and survey of a page: every page carries all of them and shows one at a time, chosen by the
 * reader; the one shown first (and printed, until the reader picks another) is {@code selected}.
 *
 * @param key      the view's id on every page, e.g. {@code v2}, the same for the same relation and survey
 * @param label    what the reader picks, e.g. "advice, survey 2020"
 * @param selected whether this view is shown when the page opens
 * @param prefix   the prefix of the element ids inside the view: empty for the selected view (so its ids are
 *                 the plain ones), else {@code key + "-"}
 * @param page     the page's data in this view
 * @param extras   what a programme adds to the page in this view (breakdown tables), rendered in the view
 * @param <P>      the kind of page
 */
public record View<P>(String key, String label, boolean selected, String prefix, P page, ReportExtras extras) {
}
