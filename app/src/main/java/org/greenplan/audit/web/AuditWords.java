package org.greenplan.audit.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail in words: the stored codes of an entry (entity {@code REPORTING_SETTINGS}, action
 * {@code USER CREATED}, field {@code dueDay}, value {@code MONTHLY}, {@code UNIT_REPORTER,LEADER} or
 * {@code true}) rendered in the reader's language (调度设置, 新建, 截止日, 按月, 填报员、领导, 是). A code
 * without a message is shown as stored, so a new code never hides an entry. Values that are free text
 * (a task's wording, a reason) are never translated. Templates call it as {@code @auditWords}.
 */
@Component("auditWords")
public class AuditWords {
    /** Fields whose values are codes named elsewhere in the bundles: field → key prefix of the value. */
    private static final Map<String, String> VALUE_KEYS = Map.of(
            "roles", "account.role.",
            "periodicity", "periods.periodicity.",
            "dueMonth", "periods.dueMonth.",
            "shift", "periods.shift.",
            "aggregation", "target.aggregation.",
            "pacing", "target.pacing.");

    /** Fields holding {@code true} or {@code false}. */
    private static final java.util.Set<String> YES_NO_FIELDS = java.util.Set.of("enabled", "unitLeaderApproval");

    private static final Pattern CODES = Pattern.compile("[A-Z][A-Z_]*(,[A-Z][A-Z_]*)*|true|false");
    private static final String VALUE_FIELD = "value:";

    /** A language-neutral description: {@code #{key|arg|arg}}. */
    private static final Pattern KEYED = Pattern.compile("#\\{([A-Za-z0-9_.]+)((?:\\|[^|}]*)*)}");

    /** Descriptions stored as English before they were stored as keys, with the key each reads as. */
    private static final Map<Pattern, String> LEGACY_DETAILS = Map.of(
            Pattern.compile("(\\d+) periods"), "audit.detail.periodsGenerated",
            Pattern.compile("(\\d+) evidence file\\(s\\)"), "audit.detail.evidenceFiles");

    /** A task's unit with its role code as the review stores it: {@code 市统计局 (CO)}. */
    private static final Pattern UNIT_ROLE = Pattern.compile("([^;]+?) \\((LEAD|RESPONSIBLE|CO)\\)");

    private final MessageSource messages;

    AuditWords(MessageSource messages) {
        this.messages = messages;
    }

    /** @return e.g. 调度设置 for {@code REPORTING_SETTINGS} */
    public String entity(String code) {
        return word("audit.entity." + code, code);
    }

    /** @return e.g. 新建 for {@code CREATED} */
    public String action(String code) {
        return word("audit." + code, code);
    }

    /** @return e.g. 截止日 for {@code dueDay}; 填报数值：秸秆综合利用率 for {@code value:秸秆综合利用率} */
    public String field(String name) {
        if (name == null) {
            return "";
        }
        if (name.startsWith(VALUE_FIELD)) {
            return word("audit.field.valueOf", name, name.substring(VALUE_FIELD.length()));
        }
        return word("audit.field." + name, name);
    }

    /**
     * @return the value in words when the field holds codes (roles, periodicity, yes/no …; a comma-separated list
     *     is joined with 、), else as stored, so free text is never translated; {@code null} is 空
     */
    public String value(String field, String raw) {
        if (raw == null) {
            return word("audit.value.none", "");
        }
        if ("units".equals(field)) {
            return unitsWithRoles(raw);
        }
        String prefix = YES_NO_FIELDS.contains(field) ? "audit.value." : VALUE_KEYS.get(field);
        if (prefix == null || !CODES.matcher(raw).matches()) {
            return raw;
        }
        return Arrays.stream(raw.split(","))
                .map(code -> word(prefix + code, code))
                .collect(Collectors.joining("、"));
    }

    /**
     * @return a stored description in words: a language-neutral one ({@code #{key|arg…}}, see
     *     {@code audit.AuditText}) from the bundles; entries stored before as English ({@code 12 periods},
     *     {@code 1 evidence file(s)}) read as the same words; any other text as stored
     */
    public String detail(String raw) {
        if (raw == null) {
            return null;
        }
        Matcher keyed = KEYED.matcher(raw);
        if (keyed.matches()) {
            String[] args = keyed.group(2).isEmpty()
                    ? new String[0]
                    : keyed.group(2).substring(1).split("\\|", -1);
            return word(keyed.group(1), raw, (Object[]) args);
        }
        for (Map.Entry<Pattern, String> legacy : LEGACY_DETAILS.entrySet()) {
            Matcher old = legacy.getKey().matcher(raw);
            if (old.matches()) {
                return word(legacy.getValue(), raw, old.group(1));
            }
        }
        return raw;
    }

    private String unitsWithRoles(String raw) {
        return UNIT_ROLE
                .matcher(raw)
                .replaceAll(m -> Matcher.quoteReplacement(word(
                        "audit.value.unitWithRole",
                        m.group(),
                        m.group(1),
                        word("audit.unitRole." + m.group(2), m.group(2)))));
    }

    private String word(String key, String fallback, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, fallback, locale);
    }
}
