package io.dangol.crm.admin;

public enum RightsChangeKind {
    CREATED, ROLES_CHANGED, DISABLED, ENABLED, PASSWORD_RESET, PASSWORD_CHANGED
}
