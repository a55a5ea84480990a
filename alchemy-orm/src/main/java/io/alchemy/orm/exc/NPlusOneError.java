package io.alchemy.orm.exc;

import io.alchemy.exc.InvalidRequestError;

/**
 * N+1 detection in raise mode found the same statement run once per object ({@code alchemy.n-plus-one=raise}, or
 * {@code NPlusOneDetection.raise(threshold)}): the load that reached the threshold was refused. The message names
 * the entity, the relationship, the count and the fix.
 */
public class NPlusOneError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    private final String subject;
    private final int count;

    /** The incident's {@code message}, its subject ({@code User.addresses}) and its count. */
    public NPlusOneError(String message, String subject, int count) {
        super(message);
        this.subject = subject;
        this.count = count;
    }

    /** The relationship ({@code User.addresses}) or entity ({@code User}) loaded again and again. */
    public String subject() {
        return subject;
    }

    /** How many loads the transaction had run, the refused one included. */
    public int count() {
        return count;
    }
}
