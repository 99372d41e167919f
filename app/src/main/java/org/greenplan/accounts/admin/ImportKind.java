package org.greenplan.accounts.admin;

/** What a bulk import (批量导入) brings in, with its template's columns (A, B, …) in order. */
public enum ImportKind {
    /** 单位: name, aliases, contact name, contact phone, contact e-mail. */
    UNITS("name", "aliases", "contactName", "contactPhone", "contactEmail"),
    /** 用户: username, display name, unit name or alias, roles, e-mail, phone. */
    USERS("username", "displayName", "unit", "roles", "email", "phone");

    private final String[] columns;

    ImportKind(String... columns) {
        this.columns = columns;
    }

    /** @return the column names, in template order; the message key of a heading is {@code import.column.NAME} */
    public String[] columns() {
        return columns.clone();
    }

    /** @return the spreadsheet letter of a column name, e.g. {@code C} for USERS' {@code unit} */
    public String letter(String column) {
        for (int i = 0; i < columns.length; i++) {
            if (columns[i].equals(column)) {
                return String.valueOf((char) ('A' + i));
            }
        }
        return null;
    }
}
