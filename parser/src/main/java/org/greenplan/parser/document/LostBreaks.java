package org.greenplan.parser.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Restores the paragraph breaks a web page copy, a crawler or a PDF viewer lost, so that a body printed
 * on one line reads as the paragraphs it was written in.
 *
 * <p>A paragraph is taken as run together when it holds, after a sentence end, a closing bracket or a
 * space, two numbering markers of one style in sequence ({@code 一、 … 二、}, {@code （一）… （二）},
 * {@code 1. … 2.}), or when web-page furniture was cut out of it and it holds one such marker. Such a
 * paragraph is broken before each marker at those places; before a {@code 责任单位：} label line and
 * after it at the next space; after a unit clause in brackets followed by a space; and, in the header
 * block before the first marker, at every space between Chinese characters (web pages separate the
 * title, addressees, notice text, issuer and date by spaces), after a colon or a full stop and around a
 * date. A space between Latin words stays. Issuer lines glued to each other with nothing between them
 * stay one line.
 */
final class LostBreaks {

    private static final Pattern MARKER = Pattern.compile("(?<![\\d.．])[一二三四五六七八九十]{1,3}、"
            + "|[（(][一二三四五六七八九十]{1,3}[）)]"
            + "|(?<![\\d.．])\\d{1,2}[.．、](?![\\d%])"
            + "|[（(]\\d{1,2}[）)]");
    private static final String BEFORE_MARKER = "。！？!?）)」”";
    private static final Pattern LABEL = Pattern.compile("(?:责任单位|牵头单位|配合单位|责任分工|主责单位)\\s*[:：]");
    private static final Pattern CLAUSE_THEN_SPACE =
            Pattern.compile("[（(][^（()）]{0,80}(?:单位|负责|牵头|配合|落实)[^（()）]{0,40}[）)](?=[ \\t\\u3000]+\\S)");
    private static final Pattern HAN_SPACE_HAN =
            Pattern.compile("(?<=[\\p{IsHan}\\p{IsPunctuation}\\d])[ \\t\\u3000]+(?=[\\p{IsHan}\\p{IsPunctuation}])"
                    + "|(?<=[\\p{IsHan}\\p{IsPunctuation}])[ \\t\\u3000]+(?=\\d)"
                    + "|(?<=[:：。])(?=\\S)|(?<!\\d)(?=\\d{4}年\\d{1,2}月\\d{1,2}日)|(?<=\\d{4}年\\d{1,2}月\\d{1,2}日)");

    private LostBreaks() {}

    /** A numbering marker found at a paragraph boundary. */
    private record Marker(int start, int style, int value) {}

    /**
     * @param text          one paragraph
     * @param hadFurniture  whether web-page furniture was cut out of it
     * @return the paragraphs it holds, stripped, none blank; {@code [text]} when it is not run together
     */
    static List<String> split(String text, boolean hadFurniture) {
        List<Marker> markers = markers(text);
        List<Marker> strong =
                markers.stream().filter(m -> atBoundary(text, m.start())).toList();
        if (!runTogether(strong, hadFurniture)) {
            return List.of(text);
        }
        List<String> parts = new ArrayList<>();
        int first = markers.get(0).start();
        String head = text.substring(0, first);
        parts.addAll(MARKER.matcher(head).lookingAt() ? splitItem(head) : List.of(HAN_SPACE_HAN.split(head)));
        for (int i = 0; i < markers.size(); i++) {
            int end = i + 1 < markers.size() ? markers.get(i + 1).start() : text.length();
            parts.addAll(splitItem(text.substring(markers.get(i).start(), end)));
        }
        return parts.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Markers after a sentence end, a bracket or a space; where paragraphs were glued with nothing between
     * them, also a marker right after text when it continues the numbering of its style (6. after 5.), or
     * starts it (1., （一）) and the next marker of its style is 2, or is the paragraph's first 一、.
     */
    private static List<Marker> markers(String text) {
        List<Marker> candidates = new ArrayList<>();
        Matcher matcher = MARKER.matcher(text);
        while (matcher.find()) {
            if (matcher.start() > 0) {
                candidates.add(new Marker(matcher.start(), style(matcher.group()), value(matcher.group())));
            }
        }
        List<Marker> markers = new ArrayList<>();
        int[] last = new int[4];
        for (int i = 0; i < candidates.size(); i++) {
            Marker marker = candidates.get(i);
            if (atBoundary(text, marker.start()) || continuesOrStarts(marker, i, candidates, last, markers.isEmpty())) {
                markers.add(marker);
                last[marker.style()] = marker.value();
            }
        }
        return markers;
    }

    private static boolean continuesOrStarts(
            Marker marker, int index, List<Marker> candidates, int[] last, boolean first) {
        if (last[marker.style()] > 0 && marker.value() == last[marker.style()] + 1) {
            return true;
        }
        if (marker.value() != 1) {
            return false;
        }
        if (marker.style() == 1) {
            return first;
        }
        return candidates.subList(index + 1, candidates.size()).stream()
                .filter(m -> m.style() == marker.style())
                .findFirst()
                .map(m -> m.value() == 2)
                .orElse(false);
    }

    private static boolean atBoundary(String text, int start) {
        char before = text.charAt(start - 1);
        return Character.isWhitespace(before) || before == '\u3000' || BEFORE_MARKER.indexOf(before) >= 0;
    }

    private static boolean runTogether(List<Marker> markers, boolean hadFurniture) {
        if (markers.isEmpty()) {
            return false;
        }
        for (int i = 0; i < markers.size(); i++) {
            for (int j = i + 1; j < markers.size(); j++) {
                Marker a = markers.get(i);
                Marker b = markers.get(j);
                if (a.style() == b.style() && b.value() == a.value() + 1) {
                    return true;
                }
            }
        }
        return hadFurniture;
    }

    /** A numbered item: its label lines and what follows a unit clause become paragraphs of their own. */
    private static List<String> splitItem(String item) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        Matcher label = LABEL.matcher(item);
        while (label.find()) {
            int start = label.start();
            if (start == from || !atBoundary(item, start)) {
                continue;
            }
            parts.addAll(afterClauses(item.substring(from, start)));
            from = start;
        }
        String rest = item.substring(from);
        if (LABEL.matcher(rest).lookingAt()) {
            int space = firstSpace(rest);
            if (space > 0) {
                parts.add(rest.substring(0, space));
                rest = rest.substring(space);
            }
        }
        parts.addAll(afterClauses(rest));
        return parts;
    }

    private static List<String> afterClauses(String text) {
        List<String> parts = new ArrayList<>();
        Matcher clause = CLAUSE_THEN_SPACE.matcher(text);
        int from = 0;
        while (clause.find()) {
            parts.add(text.substring(from, clause.end()));
            from = clause.end();
        }
        parts.add(text.substring(from));
        return parts;
    }

    private static int firstSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000') {
                return i;
            }
        }
        return -1;
    }

    private static int style(String marker) {
        boolean bracket = marker.startsWith("（") || marker.startsWith("(");
        boolean chinese = marker.chars().anyMatch(c -> "一二三四五六七八九十".indexOf(c) >= 0);
        return (bracket ? 2 : 0) + (chinese ? 1 : 0);
    }

    private static int value(String marker) {
        String digits = marker.replaceAll("[^0-9一二三四五六七八九十]", "");
        if (Character.isDigit(digits.charAt(0))) {
            return Integer.parseInt(digits);
        }
        int tens = digits.indexOf('十');
        if (tens < 0) {
            return "一二三四五六七八九".indexOf(digits.charAt(0)) + 1;
        }
        int high = tens == 0 ? 1 : "一二三四五六七八九".indexOf(digits.charAt(0)) + 1;
        int low = tens == digits.length() - 1 ? 0 : "一二三四五六七八九".indexOf(digits.charAt(tens + 1)) + 1;
        return high * 10 + low;
    }
}
