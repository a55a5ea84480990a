package io.alchemy.spring.boot.autoconfigure.orm;

import io.alchemy.engine.Engine;
import io.alchemy.orm.Session;
import io.alchemy.orm.SessionOptions;

/**
 * Makes the Session of each Spring transaction. A bean of this type replaces the plain {@code new Session(...)},
 * e.g. with a subclass that observes flushes (the metrics do).
 */
@FunctionalInterface
public interface SessionMaker {

    /** The plain Session. */
    SessionMaker DEFAULT = Session::new;

    /** A new Session on {@code engine} with {@code options}. */
    Session open(Engine engine, SessionOptions options);
}
