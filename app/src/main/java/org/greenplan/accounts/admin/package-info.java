/**
 * Account administration (用户与单位管理): the office creates, edits, disables and re-enables users,
 * resets their passwords to one-time passwords, keeps each unit's contact person (联络员), and imports
 * units and users in bulk from Excel with a row-level preview.
 *
 * <p>API: {@link org.greenplan.accounts.admin.UserAdministration},
 * {@link org.greenplan.accounts.admin.UnitContacts} and {@link org.greenplan.accounts.admin.BulkImports}.
 * A nested module of accounts, so that it may record changes in the audit trail (which itself asks
 * accounts who acts) without a cycle. Units are written only through {@code organisation::UnitRegister}.
 * Its tables ({@code app_user}, {@code app_user_role}, {@code admin_import_preview}) are listed by accounts.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Account administration",
        allowedDependencies = {"accounts", "organisation", "audit", "shared"})
package org.greenplan.accounts.admin;
