package org.greenplan.progress;

import java.util.Map;

/**
 * A part another module adds to the top of a unit's workspace page ({@code /my}), e.g. the latest 批示 on the
 * unit's tasks (reminders). It is rendered with the page on every request, not kept with the unit's answer, so it
 * needs no generation of its own; rendering it in the page spares the browser a second request. Implementations are
 * Spring beans, shown in their {@code @Order}.
 */
public interface WorkspacePanel {

    /** @return the Thymeleaf fragment to insert, as {@code template :: selector} */
    String fragment();

    /**
     * @param unitId the unit whose workspace is shown (the page checked that the actor speaks for it)
     * @return the variables the fragment reads (names other panels and the page do not use)
     */
    Map<String, Object> variables(long unitId);
}
