package org.greenplan.audit.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
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
        String prefix = YES_NO_FIELDS.contains(field) ? "audit.value." : VALUE_KEYS.get(field);
        if (prefix == null || !CODES.matcher(raw).matches()) {
            return raw;
        }
        return Arrays.stream(raw.split(","))
                .map(code -> word(prefix + code, code))
                .collect(Collectors.joining("、"));
    }

    private String word(String key, String fallback, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, fallback, locale);
    }
}
