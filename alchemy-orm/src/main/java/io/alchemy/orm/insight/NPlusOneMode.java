package io.alchemy.orm.insight;

/** What a Session does about an N+1 incident. */
public enum NPlusOneMode {
    /** Nothing is counted (the default of a plain Session): no cost at all. */
    OFF,
    /** When the transaction ends, each incident is logged at WARN and told to the listeners, with its final count. */
    WARN,
    /**
     * The load that reaches the threshold throws {@link io.alchemy.orm.exc.NPlusOneError} instead of running (after
     * the listeners were told): for tests, as Bullet's raise mode and {@code raiseload} are.
     */
    RAISE
}
