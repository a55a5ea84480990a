package io.alchemy.benchmarks.model;

/** What every contender's address object exposes. */
public interface AddressView {
    long id();

    long userId();

    String emailAddress();
}
