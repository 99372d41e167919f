package org.greenplan.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.greenplan.parser.plan.ParseIssue;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * What the commands print for people, from the same message bundles as the web UI ({@code messages*.properties}),
 * in Chinese: command-line users are the office. Works without a running application (the {@code parse}
 * command starts none).
 */
final class CliMessages {
    /** The office's language; the bundles' default file holds it. */
    static final Locale LANGUAGE = Locale.SIMPLIFIED_CHINESE;

    private static final ResourceBundleMessageSource BUNDLES = bundles();

    private CliMessages() {}

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** @return the message of {@code key} with {@code args} */
    static String text(String key, Object... args) {
        return BUNDLES.getMessage(key, args, LANGUAGE);
    }

    /** @return the message of a refusal or another exception that carries its key and arguments */
    static String text(MessageSourceResolvable message) {
        return BUNDLES.getMessage(message, LANGUAGE);
    }

    /** @return a parse issue's message, without its place */
    static String text(ParseIssue issue) {
        return BUNDLES.getMessage(issue.code().key(), issue.args().toArray(), issue.message(), LANGUAGE);
    }
}
