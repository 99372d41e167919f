package org.greenplan.reminders.web;

import java.util.Map;
import org.greenplan.progress.WorkspacePanel;
import org.greenplan.reminders.Instructions;
import org.springframework.stereotype.Component;

/** The latest 批示 on the unit's tasks at the top of {@code /my} (all of them at {@code /my/instructions}). */
@Component
class RecentInstructionsPanel implements WorkspacePanel {
    private final Instructions instructions;

    RecentInstructionsPanel(Instructions instructions) {
        this.instructions = instructions;
    }

    @Override
    public String fragment() {
        return "reminders/my-instructions :: recent";
    }

    @Override
    public Map<String, Object> variables(long unitId) {
        return Map.of("instructions", instructions.ofUnit(unitId, InstructionController.RECENT));
    }
}
