package org.greenplan.targets.web;

import java.util.Map;

/**
 * What a form post left on one card: the forms as typed, their errors, a question or a notice. Other
 * cards show blank forms.
 */
record CardState(
        long targetId,
        ValueForm valueForm,
        Map<String, FieldMessage> valueErrors,
        FieldMessage confirmation,
        FieldMessage valueNotice,
        SettingsForm settingsForm,
        Map<String, FieldMessage> settingsErrors,
        FieldMessage settingsNotice) {

    static CardState valueSaved(long targetId, String month, FieldMessage notice) {
        return new CardState(targetId, ValueForm.blank(month), Map.of(), null, notice, null, Map.of(), null);
    }

    static CardState valueNotSaved(long targetId, ValueForm form, ValueForm.Check check) {
        return new CardState(
                targetId, form, check.errors(), check.confirmation(form.confirmed()), null, null, Map.of(), null);
    }

    /** A correction or withdrawal refused: the error shows under the period's entry ({@code fix-yyyy-MM-dd}). */
    static CardState fixRefused(long targetId, java.time.LocalDate period, FieldMessage problem) {
        return new CardState(targetId, null, Map.of("fix-" + period, problem), null, null, null, Map.of(), null);
    }

    static CardState settingsSaved(long targetId, FieldMessage notice) {
        return new CardState(targetId, null, Map.of(), null, null, null, Map.of(), notice);
    }

    static CardState settingsNotSaved(long targetId, SettingsForm form, Map<String, FieldMessage> errors) {
        return new CardState(targetId, null, Map.of(), null, null, form, errors, null);
    }
}
