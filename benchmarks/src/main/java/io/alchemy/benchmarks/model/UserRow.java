package io.alchemy.benchmarks.model;

/** One {@code user_account} row, as the JDBC, Alchemy Core and jOOQ contenders materialize it. */
public record UserRow(long id, String name, String fullname) implements UserView {
}
