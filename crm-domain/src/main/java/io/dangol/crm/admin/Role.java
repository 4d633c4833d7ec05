package io.dangol.crm.admin;

/** What a staff member may do. A user can hold several roles. */
public enum Role {
    ADMIN, MARKETING, SALES, SERVICE
}
