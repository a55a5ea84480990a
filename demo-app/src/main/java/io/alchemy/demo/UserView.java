package io.alchemy.demo;

import java.util.List;

/**
 * A user as {@code GET /users} returns it.
 *
 * @param id the generated primary key
 * @param name the user name
 * @param fullname the full name, or {@code null}
 * @param addresses the email addresses, in the order they were added
 */
public record UserView(int id, String name, String fullname, List<String> addresses) {
}
