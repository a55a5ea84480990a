package io.alchemy.benchmarks.model;

import java.util.List;

/** A user with its addresses, assembled by the non-ORM contenders. */
public record UserGraph(long id, String name, String fullname, List<AddressRow> addresses) implements UserGraphView {
}
