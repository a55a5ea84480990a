package io.alchemy.benchmarks.model;

import java.util.List;

/** A user with its addresses, as every contender of the object-graph workload materializes it. */
public interface UserGraphView extends UserView {
    List<? extends AddressView> addresses();
}
