package io.alchemy.demo.user;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user as the API returns it.
 *
 * @param id the generated primary key
 * @param name the user name
 * @param fullname the full name, or {@code null}
 * @param addresses the email addresses, in the order they were added
 */
public record UserView(int id, String name, @Nullable String fullname, List<String> addresses) {

    /** The view of {@code user} with these of its addresses. */
    static UserView of(User user, List<Address> addresses) {
        return new UserView(user.getId(), user.getName(), user.getFullname(),
                addresses.stream().map(Address::getEmailAddress).toList());
    }
}
