package org.greenplan.planimport.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Says, in the reader's language, which fields of the review form could not be read (abc as a
 * number…); the words come from the message bundles ({@code form.*}).
 */
final class FormErrors {
    private static final Pattern INDEXED = Pattern.compile("(targets|units)\\[(\\d+)]\\.(\\w+)");

    private FormErrors() {}

    static String describe(BindingResult binding, MessageSource messages, Locale locale) {
        Text text = new Text(messages, locale);
        List<String> parts = binding.getFieldErrors().stream()
                .map(error -> describe(error, text))
                .distinct()
                .toList();
        return text.get("form.invalid", String.join(text.get("form.invalid.separator"), parts));
    }

    private static String describe(FieldError error, Text text) {
        String field = field(error.getField(), text);
        String kind = text.get(kind(error.getField()));
        return error.getRejectedValue() == null
                ? text.get("form.invalid.fieldNoValue", field, kind)
                : text.get("form.invalid.field", field, String.valueOf(error.getRejectedValue()), kind);
    }

    private static String field(String path, Text text) {
        Matcher m = INDEXED.matcher(path);
        if (m.matches()) {
            String n = String.valueOf(Integer.parseInt(m.group(2)) + 1);
            String key = "targets".equals(m.group(1)) ? "form.field.target" : "form.field.unit";
            return text.get(key, n, name(m.group(3), text));
        }
        return name(path, text);
    }

    private static String name(String property, Text text) {
        return switch (property) {
            case "value", "upperValue", "comparator", "deadline", "role" -> text.get("form.field." + property);
            default -> property;
        };
    }

    private static String kind(String path) {
        if (path.endsWith("deadline")) {
            return "form.kind.date";
        }
        return path.endsWith("value") || path.endsWith("Value") ? "form.kind.number" : "form.kind.option";
    }

    private record Text(MessageSource messages, Locale locale) {
        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }
}
