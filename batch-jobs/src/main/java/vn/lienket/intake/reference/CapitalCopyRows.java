package vn.lienket.intake.reference;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The rows of {@code COPY (SELECT project_code, registered_capital_bn …) TO STDOUT} (text format, UTF-8), put
 * into {@link ProjectCapitals} from their bytes: no String, decimal or result-set row per project, which is
 * what made reading a million previous projects through a cursor cost seconds. A code is unescaped as
 * PostgreSQL escapes text in COPY ({@code \t}, {@code \n}, {@code \\}…); a row without a capital
 * ({@code \N}) is left out, as a project with nothing to compare with.
 */
final class CapitalCopyRows {

    private final ProjectCapitals capitals;
    private byte[] code = new byte[64];

    CapitalCopyRows(ProjectCapitals capitals) {
        this.capitals = capitals;
    }

    /** One row as the driver hands it over (one CopyData message: the row and its newline). */
    void add(byte[] row) {
        int codeLength = 0;
        int i = 0;
        for (; i < row.length && row[i] != '\t'; i++) {
            byte b = row[i];
            if (b == '\\' && i + 1 < row.length) {
                b = unescaped(row[++i]);
            }
            if (codeLength == code.length) {
                code = Arrays.copyOf(code, code.length * 2);
            }
            code[codeLength++] = b;
        }
        int end = row.length;
        while (end > i && (row[end - 1] == '\n' || row[end - 1] == '\r')) {
            end--;
        }
        int from = i + 1;
        if (from >= end || end - from == 2 && row[from] == '\\' && row[from + 1] == 'N') {
            return;
        }
        boolean negative = row[from] == '-';
        long value = 0;
        int scale = 0;
        boolean fraction = false;
        for (int j = negative ? from + 1 : from; j < end; j++) {
            byte b = row[j];
            if (b == '.' && !fraction) {
                fraction = true;
            } else if (b >= '0' && b <= '9') {
                value = Math.addExact(Math.multiplyExact(value, 10), b - '0');
                if (fraction) {
                    scale++;
                }
            } else {
                throw new NumberFormatException("not a capital: " + new String(row, from, end - from,
                        StandardCharsets.UTF_8));
            }
        }
        capitals.put(code, codeLength, negative ? -value : value, scale);
    }

    private static byte unescaped(byte escape) {
        return switch (escape) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 0x0B;
            default -> escape;
        };
    }
}
