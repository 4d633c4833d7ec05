package io.dangol.crm.app.cli;

import io.dangol.crm.admin.IssuedPassword;
import java.io.PrintStream;
import java.util.List;

/** Prints what an operator must see once: issued passwords, command results. */
public final class Console {

    private Console() {
    }

    public static void passwords(String heading, List<IssuedPassword> issued) {
        if (issued.isEmpty()) {
            return;
        }
        PrintStream out = System.out;
        out.println();
        out.println("=".repeat(72));
        out.println(" " + heading + " (shown once; store them safely):");
        issued.forEach(p -> out.printf("   %-12s %s%n", p.username(), p.password()));
        out.println("=".repeat(72));
        out.println();
        out.flush();
    }
}
