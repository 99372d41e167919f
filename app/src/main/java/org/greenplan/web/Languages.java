package org.greenplan.web;

import java.util.Locale;
import org.springframework.util.StringUtils;

/**
 * The languages GreenPlan's pages are written in: Chinese ({@code messages.properties}, the default) and English
 * ({@code messages_en.properties}). A requested language ({@code ?lang=}, the language cookie) is read as one of them
 * or as none, so a page never claims a language it is not written in ({@code <html lang="xx">} over Chinese text), and
 * a forged value is neither echoed into the page nor kept as a new key of the kept navigation.
 */
final class Languages {
    private Languages() {}

    /**
     * @param value a language as requested: {@code zh_CN}, {@code zh-CN}, {@code en}, {@code en_US} …
     * @return {@link Locale#SIMPLIFIED_CHINESE} for any Chinese, {@link Locale#ENGLISH} for any English, otherwise
     *         null (the default, Chinese)
     */
    static Locale supported(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Locale requested;
        try {
            requested = StringUtils.parseLocale(value.strip());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        if (requested == null) {
            return null;
        }
        return switch (requested.getLanguage()) {
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> null;
        };
    }
}
