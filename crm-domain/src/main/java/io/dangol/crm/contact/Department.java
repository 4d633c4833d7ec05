package io.dangol.crm.contact;

/** The department a staff member works in; contacts and cases carry it so every department sees the others. */
public enum Department {
    MARKETING, SALES, SERVICE
}
