package org.greenplan.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.greenplan.parser.plan.ParseIssue;
import org.greenplan.planimport.ImportRejectedException;
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

    /**
     * @return why a document was refused, with its place and its English gloss in brackets as the other command
     *     line messages have it: {@code notes.txt:1:1: 未找到任何编号任务 (No numbered task was found)}
     */
    static String text(ImportRejectedException refused) {
        String reason = glossed(refused.reason());
        return refused.place() == null ? reason : refused.place() + ": " + reason;
    }

    /**
     * @return the Chinese message followed by its English gloss in brackets ({@code 文件为空 (The file is empty)}),
     *     or the Chinese alone where both bundles say the same; the Chinese texts carry no gloss of their own
     */
    static String glossed(MessageSourceResolvable message) {
        String chinese = BUNDLES.getMessage(message, LANGUAGE);
        String english = BUNDLES.getMessage(
                new org.springframework.context.support.DefaultMessageSourceResolvable(
                        message.getCodes(), message.getArguments(), chinese),
                Locale.ENGLISH);
        return english.equals(chinese) ? chinese : chinese + " (" + english + ")";
    }

    /**
     * @return a parse issue's message, without its place, with its English gloss in brackets as the other command
     *     line messages have it: {@code 未找到任何编号任务 (No numbered task was found)}
     */
    static String text(ParseIssue issue) {
        Object[] args = issue.args().toArray();
        String chinese = BUNDLES.getMessage(issue.code().key(), args, issue.message(), LANGUAGE);
        String english = BUNDLES.getMessage(issue.code().key(), args, null, Locale.ENGLISH);
        return english == null || english.equals(chinese) ? chinese : chinese + " (" + english + ")";
    }
}
