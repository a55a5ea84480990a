package io.alchemy.benchmarks.model;

/** What every contender's user object exposes, so one check verifies them all. */
public interface UserView {
    long id();

    String name();

    String fullname();
}
