package org.greenplan.parser.targets;

import java.util.List;

/**
 * What {@link TargetPhraseParser#read(String)} made of one task text.
 *
 * @param targets  the targets read, in printed order; a phrase that could not be read costs only its own target
 * @param failures the phrases that could not be read, in printed order; empty when nothing failed. A caller
 *                 shows each to the reviewer so that a target never vanishes unseen
 */
public record TargetReading(List<TargetSpec> targets, List<Failure> failures) {
    public TargetReading {
        targets = List.copyOf(targets);
        failures = List.copyOf(failures);
    }

    /**
     * A phrase of the task text whose target could not be read, e.g. 1234,567万元 (digit groups misprinted).
     *
     * @param phrase the phrase as printed, or null when the reading failed outside any one phrase
     * @param start  offset of the phrase in the task text (0 without a phrase)
     * @param reason what went wrong: exception type and message
     */
    public record Failure(String phrase, int start, String reason) {
        static Failure of(String text, int start, int end, Throwable cause) {
            return new Failure(text.substring(start, end), start, describe(cause));
        }

        static String describe(Throwable cause) {
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }

        /** @return the phrase and the reason, as a reviewer reads them: {@code 1234,567万元：NumberFormatException: …} */
        public String message() {
            return phrase == null ? reason : phrase + "：" + reason;
        }
    }

    /** @return true when a phrase, or the reading as a whole, failed */
    public boolean failed() {
        return !failures.isEmpty();
    }

    /** @return the failures' messages joined by "; ", or null when nothing failed */
    public String failure() {
        if (failures.isEmpty()) {
            return null;
        }
        StringBuilder joined = new StringBuilder();
        for (Failure f : failures) {
            joined.append(joined.isEmpty() ? "" : "; ").append(f.message());
        }
        return joined.toString();
    }
}
