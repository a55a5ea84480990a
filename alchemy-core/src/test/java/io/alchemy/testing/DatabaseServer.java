package io.alchemy.testing;

/**
 * A PostgreSQL or MariaDB server the database matrix runs on: where it listens and how the tests log in as its
 * administrator (who may create and drop databases).
 *
 * @param hostAndPort {@code host:port}, as it goes into a JDBC URL
 * @param user the administrator's name
 * @param password the administrator's password, empty for none (trust authentication)
 * @param description what the server is, for the one line that says which server a test run uses
 */
record DatabaseServer(String hostAndPort, String user, String password, String description) {

    /** The URL query that logs in as the administrator, e.g. {@code user=postgres} or {@code user=root&password=x}. */
    String credentials() {
        return "user=" + user + (password.isEmpty() ? "" : "&password=" + password);
    }
}
