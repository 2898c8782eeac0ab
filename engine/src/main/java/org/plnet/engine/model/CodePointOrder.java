package org.plnet.engine.model;

import java.util.Comparator;

/**
 * Orders strings by Unicode code point, as metrics.md requires for relations and waves
 * ({@link String#compareTo} compares UTF-16 units, which differs above the Basic Multilingual Plane).
 */
public final class CodePointOrder implements Comparator<String> {

    public static final CodePointOrder INSTANCE = new CodePointOrder();

    private CodePointOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
