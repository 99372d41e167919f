package org.greenplan.planimport.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Says, in the office's words, which fields of the review form could not be read (abc as a number…). */
final class FormErrors {
    private static final Pattern INDEXED = Pattern.compile("(targets|units)\\[(\\d+)]\\.(\\w+)");

    private FormErrors() {}

    static String describe(BindingResult binding) {
        List<String> parts = binding.getFieldErrors().stream()
                .map(FormErrors::describe)
                .distinct()
                .toList();
        return "以下内容格式不对，未保存：" + String.join("；", parts);
    }

    private static String describe(FieldError error) {
        String value = error.getRejectedValue() == null ? "" : "“" + error.getRejectedValue() + "”";
        return field(error.getField()) + value + "不是有效的" + kind(error.getField());
    }

    private static String field(String path) {
        Matcher m = INDEXED.matcher(path);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(2)) + 1;
            return ("targets".equals(m.group(1)) ? "第" + n + "个目标的" : "第" + n + "个单位的") + name(m.group(3));
        }
        return name(path);
    }

    private static String name(String property) {
        return switch (property) {
            case "value" -> "目标值";
            case "upperValue" -> "上限";
            case "comparator" -> "比较方式";
            case "deadline" -> "完成日期";
            case "role" -> "角色";
            default -> property;
        };
    }

    private static String kind(String path) {
        if (path.endsWith("deadline")) {
            return "日期（年-月-日）";
        }
        return path.endsWith("value") || path.endsWith("Value") ? "数字" : "选项";
    }
}
