package org.greenplan.parser.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A regular expression with its cues: words of which every match contains at least one, so that a text holding
 * none of them is not scanned. Most patterns of the parser have no literal start and are tried at every position
 * of every paragraph, while few paragraphs hold their words; {@code String.contains} of a few words is far
 * cheaper.
 *
 * <p>One source of truth: a caller builds its regular expression from the same word lists it passes as cues
 * ({@link #anyOf}), and construction refuses a cue that does not occur literally in the expression, so a pattern
 * edited without its cues fails at class initialisation instead of silently skipping texts.
 * {@code CuedPatternTests} also checks on real documents that every match of every cued pattern holds a cue.
 */
public final class CuedPattern {
    private final ReusedMatcher matcher;
    private final List<String> cues;
    /** The cues again as an array: iterating a {@code List.of} allocates an iterator on every text asked. */
    private final String[] cueArray;
    /** The greatest length of a match, or -1 when unbounded: see {@link #scan}. */
    private final int maxLength;
    /** One scan per thread, reset for each text (a new scan per task and pattern added 9 % to what a parse allocates). */
    private final PerThread<CuedScan> scan;

    private CuedPattern(Pattern pattern, List<String> cues, int maxLength) {
        this.matcher = new ReusedMatcher(pattern);
        this.cues = cues;
        this.cueArray = cues.toArray(String[]::new);
        this.maxLength = maxLength;
        this.scan = new PerThread<>(() -> new CuedScan(matcher, cueArray, maxLength));
    }

    /**
     * @param regex the expression, built from {@code cues}
     * @param cues  words of which every match contains one; each must occur literally in {@code regex}
     * @return the compiled pattern
     * @throws IllegalArgumentException when a cue does not occur in {@code regex}, or there are none
     */
    public static CuedPattern compile(String regex, List<String> cues) {
        return compile(regex, cues, -1);
    }

    /**
     * A pattern whose matches are never longer than {@code maxLength} characters (no unbounded repetition), so
     * that {@link #scan} looks only at the stretches of a text around its cues.
     *
     * @param regex     the expression, built from {@code cues}
     * @param cues      words of which every match contains one; each must occur literally in {@code regex}
     * @param maxLength the greatest length of a match in characters, or -1 when unbounded
     * @return the compiled pattern
     * @throws IllegalArgumentException when a cue does not occur in {@code regex}, or there are none
     */
    public static CuedPattern compile(String regex, List<String> cues, int maxLength) {
        if (cues.isEmpty()) {
            throw new IllegalArgumentException("a cued pattern needs at least one cue: " + regex);
        }
        for (String cue : cues) {
            if (!regex.contains(cue)) {
                throw new IllegalArgumentException("cue «" + cue + "» does not occur in " + regex);
            }
        }
        return new CuedPattern(Pattern.compile(regex), List.copyOf(cues), maxLength);
    }

    /**
     * @param words literal words without regex metacharacters
     * @return the non-capturing alternation {@code (?:w1|w2|…)} of {@code words}, in the order given
     */
    public static String anyOf(List<String> words) {
        return words.stream().collect(Collectors.joining("|", "(?:", ")"));
    }

    /** @return false when no match can occur in {@code text}: it contains none of the cues */
    public boolean mayOccurIn(CharSequence text) {
        String s = text.toString();
        for (String cue : cueArray) {
            if (s.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** @return this thread's reused matcher reset to {@code text} (see {@link ReusedMatcher#on}) */
    public Matcher on(CharSequence text) {
        return matcher.on(text);
    }

    /**
     * @return the matches in {@code text}, the same as {@code pattern().matcher(text).find()} gives, found only
     *         where a cue is (within the greatest match length of it, when the pattern has one)
     */
    public CuedScan scan(String text) {
        return scan.get().reset(text);
    }

    /** @return the greatest length of a match, or -1 when unbounded */
    public int maxLength() {
        return maxLength;
    }

    /** @return whether {@code text} holds a match; scans only when it holds a cue */
    public boolean foundIn(CharSequence text) {
        return mayOccurIn(text) && on(text).find();
    }

    /** @return the pattern */
    public Pattern pattern() {
        return matcher.pattern();
    }

    /** @return the cues */
    public List<String> cues() {
        return cues;
    }
}
