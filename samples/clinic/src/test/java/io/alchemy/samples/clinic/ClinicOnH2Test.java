package io.alchemy.samples.clinic;

/** The clinic on its default database, embedded H2. */
class ClinicOnH2Test extends ClinicContract {
}
