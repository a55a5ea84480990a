package io.alchemy.samples.clinic.owner;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No owner (or no pet of the owner) with the id of the request: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OwnerNotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OwnerNotFound(String what) {
        super(what + " not found");
    }
}
