package io.alchemy.demo;

/** The HTTP API on the default configuration: embedded H2. */
class UserApiOnH2Test extends UserApiContract {
}
