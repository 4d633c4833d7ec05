package io.dangol.crm.contact;

/** Why staff and customer talked. */
public enum ContactPurpose {
    SALES, SERVICE, RETENTION, FOLLOW_UP, CAMPAIGN, INQUIRY, OTHER
}
