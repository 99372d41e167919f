package org.greenplan.parser.targets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Words grouped by their first (or last) character, built once: a lookup at a position of a text then tries
 * only the few words that can match there instead of the whole list. The catalogue of units is asked at every
 * numeral and at every character of a run of Chinese numerals, and nearly every character there starts no unit.
 */
final class WordIndex {
    private static final int[] NONE = {};

    /** The distinct key characters, sorted for a binary search. */
    private final char[] keys;
    /** Per key, the indexes of its words in the list given, in that list's order. */
    private final int[][] groups;

    private WordIndex(List<String> words, boolean byLast) {
        SortedMap<Character, List<Integer>> byKey = new TreeMap<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            char key = byLast ? word.charAt(word.length() - 1) : word.charAt(0);
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        keys = new char[byKey.size()];
        groups = new int[byKey.size()][];
        int k = 0;
        for (Map.Entry<Character, List<Integer>> group : byKey.entrySet()) {
            keys[k] = group.getKey();
            groups[k++] = group.getValue().stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** @return the words indexed by their first character */
    static WordIndex byFirstChar(List<String> words) {
        return new WordIndex(words, false);
    }

    /** @return the words indexed by their last character */
    static WordIndex byLastChar(List<String> words) {
        return new WordIndex(words, true);
    }

    /** @return the indexes (into the list given) of the words keyed by {@code c}, in its order; empty when none */
    int[] keyedBy(char c) {
        int k = Arrays.binarySearch(keys, c);
        return k < 0 ? NONE : groups[k];
    }
}
