package org.plnet.surveys.imports.responses;

import java.util.Locale;

/**
 * The response types of a Qualtrics {@code Status} column that are not real responses: previews, tests and spam,
 * as choice text ({@code Survey Preview}, {@code Survey Test}, {@code Spam}, {@code Preview Spam}, ...) or as
 * numeric values (1 preview, 2 test, 8 spam, 9 preview spam, 12 imported spam, 17 offline preview; 0 = IP address,
 * 4 = imported and 16 = offline are real responses).
 */
final class ResponseStatus {

    private ResponseStatus() {
    }

    /** "preview", "test" or "spam" for a response to drop; {@code null} for a real one. */
    static String excluded(String status) {
        String s = status.strip().toLowerCase(Locale.ROOT);
        switch (s) {
            case "1":
            case "9":
            case "17":
                return "preview";
            case "2":
                return "test";
            case "8":
            case "12":
                return "spam";
            default:
                break;
        }
        if (s.contains("spam")) {
            return "spam";
        }
        if (s.contains("preview")) {
            return "preview";
        }
        if (s.contains("test")) {
            return "test";
        }
        return null;
    }
}
