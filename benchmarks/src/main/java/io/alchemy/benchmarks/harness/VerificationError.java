package io.alchemy.benchmarks.harness;

/** A contender returned the wrong rows or ran an unexpected number of statements: its numbers would be meaningless. */
public final class VerificationError extends AssertionError {
    public VerificationError(String message) {
        super(message);
    }
}
