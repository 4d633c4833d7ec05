package io.dangol.crm.demo;

/** Writes an invented, realistic population in bulk. Never used on a database holding real customers unless asked. */
public interface DemoData {

    DemoSummary load(DemoRequest request);
}
