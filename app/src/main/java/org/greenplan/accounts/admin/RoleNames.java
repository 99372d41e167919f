package org.greenplan.accounts.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.greenplan.accounts.Role;
import org.springframework.context.MessageSource;

/**
 * Role names as typed in an import sheet: the labels of both languages ({@code account.role.*}, e.g.
 * 填报员 or Unit reporter) and the role constants (UNIT_REPORTER), regardless of case.
 */
final class RoleNames {
    private final Map<String, Role> byName = new HashMap<>();

    RoleNames(MessageSource messages) {
        for (Role role : Role.values()) {
            byName.put(role.name().toLowerCase(Locale.ROOT), role);
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String label = messages.getMessage("account.role." + role.name(), null, null, locale);
                if (label != null) {
                    byName.put(label.strip().toLowerCase(Locale.ROOT), role);
                }
            }
        }
    }

    /** @return the role a typed name means */
    Optional<Role> find(String typed) {
        return Optional.ofNullable(byName.get(typed.strip().toLowerCase(Locale.ROOT)));
    }

    /** @return the typed names of one cell: separated by 、 , ， ; ； or white space */
    static List<String> split(String cell) {
        return java.util.Arrays.stream(cell.split("[、,，;；\\s]+"))
                .filter(part -> !part.isBlank())
                .toList();
    }
}
