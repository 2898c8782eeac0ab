package org.plnet.reports.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Builds and writes independent pages in parallel (a programme has thousands: building each in turn left one
 * of two cores idle) and returns what each gives back in the order of the items, so that what the pages
 * list and the files' bytes do not depend on the order the threads ran in. The first {@link IOException} of
 * any page is thrown as itself.
 */
final class ParallelPages {

    /** One page: builds and writes the page of {@code item}, returning what the caller keeps of it. */
    interface Page<T, R> {
        R write(T item) throws IOException;
    }

    private ParallelPages() {
    }

    /** {@code page} applied to every item, in parallel; the results in the items' order. */
    static <T, R> List<R> write(List<T> items, Page<T, R> page) throws IOException {
        try {
            return items.parallelStream().map(item -> {
                try {
                    return page.write(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw ioCause(e);
        }
    }

    /** The IOException a parallel stream wrapped (the fork-join pool may wrap the page's exception again). */
    private static IOException ioCause(UncheckedIOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return e.getCause();
    }
}
