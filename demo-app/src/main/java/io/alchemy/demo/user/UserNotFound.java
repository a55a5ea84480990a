package io.alchemy.demo.user;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No user has the requested id: a 404 problem detail. */
class UserNotFound extends ErrorResponseException {

    UserNotFound(int id) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No user with id " + id), null);
    }
}
