package org.greenplan.parser.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@link Matcher} of a pattern per thread, reset for each text. A parse asks the same few dozen patterns
 * about every line, bracket and clause; a new {@code Matcher} each time (with its group and state arrays) was
 * about a quarter of all the parser allocated.
 *
 * <p>The matcher returned by {@link #on} is the same object on every call in one thread: use it before the
 * next call of {@code on} of the same instance, never across a call that may scan with the same pattern
 * (a recursive reading), and never hand it on. It keeps a reference to the last text until the next call.
 */
public final class ReusedMatcher {
    private final Pattern pattern;
    private final PerThread<Matcher> matcher;

    /** @param pattern the compiled pattern */
    public ReusedMatcher(Pattern pattern) {
        this.pattern = pattern;
        this.matcher = new PerThread<>(() -> pattern.matcher(""));
    }

    /** @param regex a regular expression, compiled once here */
    public static ReusedMatcher compile(String regex) {
        return new ReusedMatcher(Pattern.compile(regex));
    }

    /** @param regex a regular expression; flags as for {@link Pattern#compile(String, int)} */
    public static ReusedMatcher compile(String regex, int flags) {
        return new ReusedMatcher(Pattern.compile(regex, flags));
    }

    /** @return this thread's matcher, reset to {@code text} */
    public Matcher on(CharSequence text) {
        return matcher.get().reset(text);
    }

    /** @return the pattern */
    public Pattern pattern() {
        return pattern;
    }
}
