package io.alchemy.orm.persistence;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;

/** Whether an attribute's value changed: by equality, numerically for decimals, by content for byte arrays. */
public final class Values {
    private Values() {
    }

    /** Whether a column value is unchanged (byte arrays by content, decimals by numeric value). */
    public static boolean same(Object before, Object now) {
        if (before instanceof byte[] a && now instanceof byte[] b) {
            return Arrays.equals(a, b);
        }
        if (before instanceof BigDecimal a && now instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(before, now);
    }
}
