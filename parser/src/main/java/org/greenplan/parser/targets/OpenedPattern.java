package org.greenplan.parser.targets;

import java.util.List;
import java.util.regex.Matcher;
import org.greenplan.parser.text.CuedPattern;

/**
 * A cued pattern whose every match starts with one of its opening words (达到 of 达到国家考核要求, 稳居 of
 * 稳居全球前三, 持续 of 持续下降): it is tried with {@code lookingAt} only where an opening word starts, instead of at
 * every position of the text as {@code find()} does. The matches are the same, in the same order, as no match can
 * start elsewhere; the matcher uses transparent, non-anchoring bounds, so the pattern sees the text as
 * {@code find()} would. {@code OpenedPatternTests} checks both on the fixtures and the corpus.
 *
 * <p>The pattern must be written as the alternation of its opening words followed by the rest (or as branches
 * each opening with one of them), as {@link CuedPattern#anyOf} builds it.
 */
final class OpenedPattern {
    private final CuedPattern pattern;
    private final List<String> openers;
    private final WordIndex index;

    private OpenedPattern(CuedPattern pattern, List<String> openers) {
        this.pattern = pattern;
        this.openers = List.copyOf(openers);
        this.index = WordIndex.byFirstChar(this.openers);
    }

    /**
     * @param pattern the cued pattern
     * @param openers the words every match starts with; each must occur literally in the pattern
     * @return the pattern, scanned at its opening words
     * @throws IllegalArgumentException when an opening word does not occur in the pattern, or there are none
     */
    static OpenedPattern of(CuedPattern pattern, List<String> openers) {
        String regex = pattern.pattern().pattern();
        if (openers.isEmpty() || openers.stream().anyMatch(word -> !regex.contains(word))) {
            throw new IllegalArgumentException("opening words " + openers + " do not all occur in " + regex);
        }
        return new OpenedPattern(pattern, openers);
    }

    /** @return this thread's matcher of the pattern on {@code text}, or null when the text holds none of its cues */
    Matcher on(String text) {
        return pattern.mayOccurIn(text)
                ? pattern.on(text).useTransparentBounds(true).useAnchoringBounds(false)
                : null;
    }

    /**
     * @param matcher the matcher from {@link #on} for {@code text}
     * @param from    0, or the end of the match found before
     * @return whether a match follows; its position and groups are then those of {@code matcher}
     */
    boolean find(Matcher matcher, String text, int from) {
        for (int at = from; at < text.length(); at++) {
            if (opensAt(text, at) && matcher.region(at, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** @return the pattern */
    CuedPattern pattern() {
        return pattern;
    }

    private boolean opensAt(String text, int at) {
        for (int i : index.keyedBy(text.charAt(at))) {
            if (text.startsWith(openers.get(i), at)) {
                return true;
            }
        }
        return false;
    }
}
