package io.alchemy.demo.user;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A user with the same name exists: a 409 problem detail. */
class DuplicateUser extends ErrorResponseException {

    DuplicateUser(String name, Throwable cause) {
        super(HttpStatus.CONFLICT,
                ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A user named '" + name + "' already exists"), cause);
    }
}
