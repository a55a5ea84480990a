package io.alchemy.orm;

import java.util.Locale;

/** Default database names for Java names: snake_case, as the declarative mapping derives table and column names. */
final class Naming {
    private Naming() {
    }

    /**
     * {@code emailAddress} → {@code email_address}, {@code UserAccount} → {@code user_account},
     * {@code HTTPServer} → {@code http_server}, {@code address2} → {@code address2}.
     */
    static String snakeCase(String javaName) {
        StringBuilder out = new StringBuilder(javaName.length() + 4);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(javaName.charAt(i - 1))
                        && javaName.charAt(i - 1) != '_';
                boolean endOfAcronym = i > 0 && Character.isUpperCase(javaName.charAt(i - 1))
                        && i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
                if (afterLower || endOfAcronym) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
