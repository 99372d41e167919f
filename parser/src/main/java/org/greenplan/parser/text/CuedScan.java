package org.greenplan.parser.text;

import java.util.regex.Matcher;

/**
 * The matches of a {@link CuedPattern} in one text, found by scanning only the stretches around its cues when the
 * pattern's matches have a known greatest length: a match holds a cue, so it lies within that length of the cue on
 * either side. A regular expression without a literal start otherwise tries every position of the whole text,
 * and the deadline and worded-target patterns were a sixth of a parse's time on texts that hold a 年 or 月 once.
 *
 * <p>The matches are those of {@code pattern.matcher(text).find()} in the same order: the matcher scans each
 * stretch as its region with transparent bounds (look-behinds and look-aheads see the text around it) and
 * without anchoring bounds ({@code ^} and {@code $} match only at the text's ends); stretches that overlap are
 * merged, so a match never crosses from one into the next. {@code CuedPatternTests} checks both on real documents.
 *
 * <p>Use as a {@link Matcher} loop: {@code while (scan.find()) { … scan.matcher().group() … }}. The matcher is the
 * pattern's reused one, and so is the scan itself: the same rules as for {@link ReusedMatcher} hold.
 */
public final class CuedScan {
    private final ReusedMatcher reused;
    private final String[] cues;
    /** The greatest match length, or -1 when unknown: then the whole text is one stretch. */
    private final int reach;
    /** Per cue, the start of its next occurrence not yet in a stretch, or -1 when there is none. */
    private final int[] next;

    private Matcher matcher;
    private String text;
    private boolean inStretch;

    CuedScan(ReusedMatcher reused, String[] cues, int reach) {
        this.reused = reused;
        this.cues = cues;
        this.reach = reach;
        this.next = new int[cues.length];
    }

    /** Starts over on {@code text}; one scan per pattern and thread is reused, as its matcher is. */
    CuedScan reset(String text) {
        this.text = text;
        if (reach < 0) {
            inStretch = holdsACue(); // the whole text, the matcher's default region
            if (inStretch) {
                onText();
            }
            return this;
        }
        inStretch = false;
        boolean anyCue = false;
        for (int i = 0; i < cues.length; i++) {
            next[i] = text.indexOf(cues[i]);
            anyCue |= next[i] >= 0;
        }
        if (anyCue) {
            onText(); // most texts hold no cue: the matcher (whose reset clears all its groups) is left as it is
        }
        return this;
    }

    private void onText() {
        matcher = reused.on(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** @return whether another match follows; its position and groups are then those of {@link #matcher()} */
    public boolean find() {
        while (true) {
            if (inStretch && matcher.find()) {
                return true;
            }
            if (reach < 0 || !nextStretch()) {
                inStretch = false;
                return false;
            }
        }
    }

    /** @return the matcher, on the last match found (before any match, possibly still on an earlier text) */
    public Matcher matcher() {
        return matcher;
    }

    /** Sets the matcher's region to the next stretch: the cues within reach of each other, widened by reach. */
    private boolean nextStretch() {
        int cue = nextCue();
        if (cue < 0) {
            return false;
        }
        int start = Math.max(0, next[cue] - reach);
        int end = Math.min(text.length(), next[cue] + reach);
        advance(cue);
        for (cue = nextCue(); cue >= 0 && next[cue] - reach <= end; cue = nextCue()) {
            end = Math.min(text.length(), Math.max(end, next[cue] + reach));
            advance(cue);
        }
        matcher.region(start, end);
        inStretch = true;
        return true;
    }

    private boolean holdsACue() {
        for (String cue : cues) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** @return the index of the cue occurring first from here on, or -1 when none occurs any more */
    private int nextCue() {
        int first = -1;
        for (int i = 0; i < next.length; i++) {
            if (next[i] >= 0 && (first < 0 || next[i] < next[first])) {
                first = i;
            }
        }
        return first;
    }

    private void advance(int cue) {
        next[cue] = text.indexOf(cues[cue], next[cue] + 1);
    }
}
