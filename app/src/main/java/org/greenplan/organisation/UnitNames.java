package org.greenplan.organisation;

import java.text.Normalizer;

/** Normalises printed unit names for matching: NFKC (full-width to half-width) and no white space. */
final class UnitNames {
    private UnitNames() {}

    static String key(String printedName) {
        return Normalizer.normalize(printedName, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }
}
