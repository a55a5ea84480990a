package io.alchemy.demo;

/** Search, import, report and actuator on the default configuration: embedded H2. */
class OperationsApiOnH2Test extends OperationsApiContract {
}
