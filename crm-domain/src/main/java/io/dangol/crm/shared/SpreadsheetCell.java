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
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
