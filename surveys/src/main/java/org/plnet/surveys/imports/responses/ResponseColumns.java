package org.plnet.surveys.imports.responses;

import org.plnet.surveys.imports.RawTable;

/**
 * The columns of an export that describe a response rather than answer a question (-1 when the export has
 * none): its type (preview, test, spam), whether it was finished, and when it was submitted.
 *
 * @param status   the response type: Qualtrics {@code Status}, else {@code DistributionChannel}; or -1
 * @param finished whether the response was finished, or -1
 * @param endDate  when the response was submitted (keeps the latest of duplicates), or -1
 */
public record ResponseColumns(int status, int finished, int endDate) {

    /** An export that says nothing about its responses. */
    public static final ResponseColumns NONE = new ResponseColumns(-1, -1, -1);

    /** An export whose only response column is when it was submitted ({@code endDate} may be -1). */
    public static ResponseColumns endDateOnly(int endDate) {
        return new ResponseColumns(-1, -1, endDate);
    }

    /**
     * The Qualtrics columns found by their ids in header row {@code headerRow} (case ignored): {@code Status}
     * (else {@code DistributionChannel}), {@code Finished}, {@code EndDate} (else {@code RecordedDate}).
     */
    public static ResponseColumns byQualtricsIds(RawTable t, int headerRow) {
        int status = find(t, headerRow, "Status");
        int endDate = find(t, headerRow, "EndDate");
        return new ResponseColumns(status >= 0 ? status : find(t, headerRow, "DistributionChannel"),
                find(t, headerRow, "Finished"), endDate >= 0 ? endDate : find(t, headerRow, "RecordedDate"));
    }

    private static int find(RawTable t, int row, String id) {
        for (int c = 0; c < t.width(row); c++) {
            if (t.cell(row, c).strip().equalsIgnoreCase(id)) {
                return c;
            }
        }
        return -1;
    }
}
