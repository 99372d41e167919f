package org.greenplan.accounts.admin.web;

import org.greenplan.organisation.UnitContact;
import org.greenplan.organisation.UnitRecord;

/** The contact person form of a unit; {@code version} is the unit's row version the form was shown with. */
public class ContactForm {
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private int version;

    static ContactForm of(UnitRecord unit) {
        ContactForm form = new ContactForm();
        form.contactName = unit.contact().name();
        form.contactPhone = unit.contact().phone();
        form.contactEmail = unit.contact().email();
        form.version = unit.version();
        return form;
    }

    UnitContact contact() {
        return new UnitContact(contactName, contactPhone, contactEmail);
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
