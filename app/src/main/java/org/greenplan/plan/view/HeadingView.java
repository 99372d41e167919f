package org.greenplan.plan.view;

/**
 * A heading of a plan.
 *
 * @param id       node id
 * @param parentId parent heading, or null at the top
 * @param level    1 for parts (一、), 2 for sections （一）…
 * @param number   printed number
 * @param title    heading text
 */
public record HeadingView(long id, Long parentId, int level, String number, String title) {

    /**
     * @return number and title as a document prints them: {@code 一、大力推进…}, {@code （一）建立…},
     *         {@code 1.推进…}
     */
    public String label() {
        if (number.isEmpty()
                || number.startsWith("（")
                || number.startsWith("(")
                || !Character.isLetterOrDigit(number.charAt(0))) {
            return number + title;
        }
        return number + (Character.isDigit(number.charAt(0)) ? "." : "、") + title;
    }
}
