package io.alchemy.demo.user;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /users}.
 *
 * @param name the user name, required, at most 30 characters (the column is {@code String(30)})
 * @param fullname the full name, optional
 * @param addresses email addresses, none or more
 */
public record NewUser(
        @NotBlank @Size(max = 30) String name,
        @Size(max = 255) @Nullable String fullname,
        List<@NotBlank @Size(max = 255) String> addresses) {

    public NewUser {
        addresses = addresses == null ? List.of() : addresses;
    }
}
