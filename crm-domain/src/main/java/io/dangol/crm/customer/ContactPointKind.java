package io.dangol.crm.customer;

public enum ContactPointKind {
    EMAIL, PHONE, POSTAL
}
