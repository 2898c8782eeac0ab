package org.plnet.surveys.studyfolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.surveys.Utf8Text;
import org.plnet.surveys.report.ImportReport;

/** Reads a file of the study folder as UTF-8 text, reporting a file that is empty, binary or not UTF-8. */
final class TextFile {

    private TextFile() {
    }

    /**
     * As {@link #read}, for a file of the study folder, which must not lead out of it through a link (as
     * {@code imports:} entries may not): a study reads only its own folder's files.
     */
    static String readOwn(Path file, String label, String saveAs, ImportReport.Builder report) {
        try {
            if (Files.isSymbolicLink(file)
                    && !file.toRealPath().startsWith(file.toAbsolutePath().getParent().toRealPath())) {
                report.error(SourceLocation.ofFile(label), "leads outside the study folder (through a link): keep"
                        + " the file inside it");
                return null;
            }
        } catch (IOException e) {
            report.error(SourceLocation.ofFile(label), "cannot be read: " + e.getClass().getSimpleName());
            return null;
        }
        return read(file, label, saveAs, report);
    }

    /**
     * The text of {@code file} without a byte order mark, or {@code null} after reporting why it cannot be
     * read as text.
     *
     * @param saveAs what the user should save the file as, for the messages (e.g. "CSV UTF-8")
     */
    static String read(Path file, String label, String saveAs, ImportReport.Builder report) {
        SourceLocation whole = SourceLocation.ofFile(label);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            report.error(whole, "cannot be read: " + e.getClass().getSimpleName());
            return null;
        }
        String text;
        try {
            text = Utf8Text.decode(bytes, label, saveAs);
        } catch (InputException e) {
            report.error(e.location(), e.problem());
            return null;
        }
        return checked(text, label, report);
    }

    /** {@code text} without a byte order mark, or {@code null} after reporting that it is empty. */
    static String checked(String text, String label, ImportReport.Builder report) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            report.error(SourceLocation.ofFile(label), "is empty");
            return null;
        }
        return text;
    }
}
