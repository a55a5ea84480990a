package io.alchemy.benchmarks.model;

/** One {@code address} row. */
public record AddressRow(long id, long userId, String emailAddress) implements AddressView {
}
