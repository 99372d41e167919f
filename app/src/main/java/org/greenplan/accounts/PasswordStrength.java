package org.greenplan.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.BruteForceMatch;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * How hard a password is to guess, estimated by nbvcxz (a zxcvbn-style estimator with lists of leaked
 * passwords, words and names, keyboard patterns, sequences, repeats and dates). A password is strong enough
 * when its estimated entropy reaches {@value #MINIMUM_ENTROPY} bits after the user's own name and username and
 * the product's name are counted as known words; {@code adminadmin} (a repeat of a leaked password) and
 * {@code 1234567890} (a sequence) are not. When it is too weak the refusal names the weakest part it found, so
 * the user knows why.
 */
public final class PasswordStrength {
    /** Entropy a password needs, in bits (nbvcxz's own default is 35; office accounts can approve reports). */
    public static final double MINIMUM_ENTROPY = 40d;

    private static final List<String> PRODUCT_WORDS = List.of("greenplan", "admin", "password", "suzhou");

    private PasswordStrength() {}

    /**
     * Why a password is too weak: a message key {@code password.weak.*} and the guessable part it found.
     *
     * @param messageKey e.g. {@code password.weak.sequence}
     * @param part       the guessable part of the password, e.g. {@code 1234567890}
     */
    public record Weakness(String messageKey, String part) {}

    /**
     * @param password  the new password
     * @param userWords the user's username, display name and the like: a password built from them is weak
     * @return empty when strong enough, else what makes it guessable
     */
    public static Optional<Weakness> check(String password, List<String> userWords) {
        Result result = estimator(userWords).estimate(password);
        if (result.isMinimumEntropyMet()) {
            return Optional.empty();
        }
        return Optional.of(result.getMatches().stream()
                .filter(m -> !(m instanceof BruteForceMatch))
                .max(Comparator.comparingInt(Match::getLength))
                .map(PasswordStrength::weakness)
                .orElse(new Weakness("password.weak.short", password)));
    }

    private static Weakness weakness(Match match) {
        String key;
        if (match instanceof DictionaryMatch word) {
            key = switch (word.getDictionaryName()) {
                case "user" -> "password.weak.user";
                case "passwords" -> "password.weak.common";
                default -> "password.weak.word";
            };
        } else if (match instanceof RepeatMatch) {
            key = "password.weak.repeat";
        } else if (match instanceof SequenceMatch) {
            key = "password.weak.sequence";
        } else if (match instanceof SpacialMatch) {
            key = "password.weak.keyboard";
        } else if (match instanceof YearMatch || match instanceof DateMatch) {
            key = "password.weak.date";
        } else {
            key = "password.weak.short";
        }
        return new Weakness(key, match.getToken());
    }

    private static Nbvcxz estimator(List<String> userWords) {
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        DictionaryBuilder user =
                new DictionaryBuilder().setDictionaryName("user").setExclusion(false);
        userWords.stream()
                .filter(Objects::nonNull)
                .map(w -> w.toLowerCase(Locale.ROOT).strip())
                .filter(w -> !w.isEmpty())
                .forEach(w -> user.addWord(w, 0));
        PRODUCT_WORDS.forEach(w -> user.addWord(w, 0));
        dictionaries.add(user.createDictionary());
        return new Nbvcxz(new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setMinimumEntropy(MINIMUM_ENTROPY)
                .createConfiguration());
    }
}
