package io.dangol.crm.admin;

public enum AccessAction {
    VIEW, EDIT, EXPORT
}
