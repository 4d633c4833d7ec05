package io.dangol.crm.shared;

/**
 * A cell of a file that staff open in a spreadsheet: one starting with {@code = + - @}, a tab or a carriage return
 * would be read as a formula (CSV injection), so it gets a leading apostrophe; anything else is kept as it is.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return startsFormula(cell, 0) ? "'" + cell : cell;
    }

    /**
     * The cell as it was before {@link #neutralise} guarded it: a file Dangol wrote, fixed in a spreadsheet and
     * imported again, reads {@code '=…} as {@code =…}; an apostrophe that guards nothing is the cell's own.
     */
    public static String restore(String cell) {
        return cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && startsFormula(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsFormula(String cell, int at) {
        char first = cell.charAt(at);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
