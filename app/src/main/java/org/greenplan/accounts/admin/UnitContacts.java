package org.greenplan.accounts.admin;

import java.util.ArrayList;
import java.util.List;
import org.greenplan.audit.AuditSubject;
import org.greenplan.audit.AuditTrail;
import org.greenplan.audit.FieldChange;
import org.greenplan.organisation.ContactFormats;
import org.greenplan.organisation.UnitContact;
import org.greenplan.organisation.UnitDirectory;
import org.greenplan.organisation.UnitRecord;
import org.greenplan.organisation.UnitRegister;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact persons (联络员) of the confirmed units of the default region. A change is recorded in the
 * audit trail as entity {@code UNIT}, one row per changed field, in the same transaction.
 */
@Service
public class UnitContacts {
    static final String ENTITY = "UNIT";
    private final UnitDirectory directory;
    private final UnitRegister register;
    private final AuditTrail audit;
    private final OfficeOnly officeOnly;

    UnitContacts(UnitDirectory directory, UnitRegister register, AuditTrail audit, OfficeOnly officeOnly) {
        this.directory = directory;
        this.register = register;
        this.audit = audit;
        this.officeOnly = officeOnly;
    }

    /** @return the confirmed units of the default region, by name, with their contact persons */
    public List<UnitRecord> units() {
        return register.confirmedUnits(directory.defaultRegion().id());
    }

    /** @throws java.util.NoSuchElementException when there is no such unit */
    public UnitRecord unit(long unitId) {
        return register.unit(unitId);
    }

    /**
     * Saves a unit's contact person as edited on the form that showed {@code version}.
     *
     * @throws AccountRefusal {@code contact.phone.format} / {@code contact.email.format} on the fields
     *                        {@code contactPhone} / {@code contactEmail}, or {@code unit.stale} when someone changed
     *                        the unit since
     */
    @Transactional
    public UnitRecord updateContact(long unitId, int version, UnitContact contact) {
        officeOnly.require();
        List<FieldProblem> problems = problems(contact, "contact");
        if (!problems.isEmpty()) {
            throw new AccountRefusal(problems);
        }
        UnitContact before;
        try {
            before = register.updateContact(unitId, version, contact);
        } catch (OptimisticLockingFailureException e) {
            throw AccountRefusal.of(null, "unit.stale");
        }
        UnitRecord after = register.unit(unitId);
        audit.recordChanges(subject(unitId), "CONTACT_CHANGED", changes(before, after.contact()), null);
        return after;
    }

    /** @return what is wrong with a contact's phone and e-mail, on fields {@code prefix + "Phone"} and … Email */
    static List<FieldProblem> problems(UnitContact contact, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!ContactFormats.isPhoneOrEmpty(contact.phone())) {
            problems.add(FieldProblem.of(prefix + "Phone", "contact.phone.format", contact.phone()));
        }
        if (!ContactFormats.isEmailOrEmpty(contact.email())) {
            problems.add(FieldProblem.of(prefix + "Email", "contact.email.format", contact.email()));
        }
        return problems;
    }

    static AuditSubject subject(long unitId) {
        return new AuditSubject(ENTITY, unitId, null, unitId);
    }

    static List<FieldChange> changes(UnitContact before, UnitContact after) {
        return List.of(
                new FieldChange("contactName", before.name(), after.name()),
                new FieldChange("contactPhone", before.phone(), after.phone()),
                new FieldChange("contactEmail", before.email(), after.email()));
    }
}
