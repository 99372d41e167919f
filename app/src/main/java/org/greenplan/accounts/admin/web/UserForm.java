package org.greenplan.accounts.admin.web;

import java.util.EnumSet;
import java.util.Set;
import org.greenplan.accounts.Role;
import org.greenplan.accounts.admin.UserDraft;
import org.greenplan.accounts.admin.UserView;

/** The user form's fields as posted; {@code version} is the row version the form was shown with. */
public class UserForm {
    private String username;
    private String displayName;
    private Long unitId;
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private String email;
    private String phone;
    private int version;

    static UserForm of(UserView user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.unitId = user.unitId();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.email = user.email();
        form.phone = user.phone();
        form.version = user.version();
        return form;
    }

    UserDraft draft() {
        return new UserDraft(username, displayName, unitId, roles, email, phone);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
