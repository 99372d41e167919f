package org.greenplan.demodata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.greenplan.accounts.GeneratedAccounts;
import org.greenplan.accounts.GeneratedAccounts.GeneratedUser;
import org.greenplan.accounts.Role;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.audit.FieldChange;
import org.greenplan.demodata.internal.PlanShape;
import org.greenplan.organisation.UnitContact;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.organisation.UnitRegister;
import org.greenplan.plan.view.TaskView;
import org.greenplan.progress.Stamp;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A city's units as the office would set them up, in one transaction: confirmed in the directory, each
 * with a contact person (联络员: a name, a mobile number, an e-mail), a reporter ({@code demo-c01-u03-r}) and
 * a unit leader ({@code demo-c01-u03-l}); the contact and the users recorded in the audit trail as the
 * administration pages record them (entities UNIT, CONTACT_CHANGED, and USER, CREATED).
 */
@Component
class CityUnits {
    private final UnitDirectory directory;
    private final UnitRegister register;
    private final GeneratedAccounts accounts;
    private final AuditTrail audit;

    CityUnits(UnitDirectory directory, UnitRegister register, GeneratedAccounts accounts, AuditTrail audit) {
        this.directory = directory;
        this.register = register;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** @return unit id → its reporter (id and display name; the moment is left at the epoch) */
    @Transactional
    public Map<Long, Stamp> prepare(
            int cityIndex,
            Collection<List<TaskView>> plans,
            PlanShape shape,
            Random random,
            String password,
            DemoData.Tally tally) {
        Map<Long, String> units = new LinkedHashMap<>();
        plans.forEach(tasks ->
                tasks.forEach(task -> task.units().forEach(u -> units.putIfAbsent(u.unitId(), u.name()))));
        List<GeneratedUser> users = new ArrayList<>();
        List<String> names = shape.cells("accounts");
        int index = 0;
        for (var unit : units.entrySet()) {
            long unitId = unit.getKey();
            directory.confirm(unitId);
            UnitContact contact = contact(shape, random, cityIndex, ++index);
            UnitContact before =
                    register.updateContact(unitId, register.unit(unitId).version(), contact);
            audit.recordChanges(
                    AuditSubject.of("UNIT", unitId),
                    "CONTACT_CHANGED",
                    List.of(
                            new FieldChange("contactName", before.name(), contact.name()),
                            new FieldChange("contactPhone", before.phone(), contact.phone()),
                            new FieldChange("contactEmail", before.email(), contact.email())),
                    null);
            String prefix = String.format("demo-c%02d-u%02d-", cityIndex + 1, index);
            users.add(new GeneratedUser(
                    prefix + "r", names.get(0).replace("{unit}", unit.getValue()), unitId, Role.UNIT_REPORTER));
            users.add(new GeneratedUser(
                    prefix + "l", names.get(1).replace("{unit}", unit.getValue()), unitId, Role.UNIT_LEADER));
        }
        List<Long> ids = accounts.create(users, password);
        Map<Long, Stamp> reporters = new LinkedHashMap<>();
        for (int i = 0; i < users.size(); i++) {
            GeneratedUser user = users.get(i);
            DemoData.audit(audit, ids.get(i), user, units.get(user.unitId()));
            if (user.role() == Role.UNIT_REPORTER) {
                reporters.put(user.unitId(), new Stamp(ids.get(i), user.displayName(), java.time.Instant.EPOCH));
                tally.usernames.put(user.unitId(), user.username());
            }
        }
        tally.units += units.size();
        tally.users += users.size();
        return reporters;
    }

    private static UnitContact contact(PlanShape shape, Random random, int city, int unit) {
        List<String> surnames = shape.cells("surnames");
        List<String> given = shape.cells("given");
        String name = surnames.get(random.nextInt(surnames.size())) + given.get(random.nextInt(given.size()));
        String mobile = String.format("139%02d%02d%04d", city + 1, unit, random.nextInt(10_000));
        String email = String.format("c%02du%02d@demo.greenplan.invalid", city + 1, unit);
        return new UnitContact(name, mobile, email);
    }
}
