package io.alchemy.spring.boot.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.orm.SessionEvents.FlushCounts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObservedFlushesTest {

    @Test
    void theObservationEndsWithTheCountsTheFlushWrote() {
        List<String> stopped = new ArrayList<>();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context.getHighCardinalityKeyValue("inserted").getValue() + "/"
                        + context.getHighCardinalityKeyValue("updated").getValue() + "/"
                        + context.getHighCardinalityKeyValue("deleted").getValue());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ObservedFlushes flushes = new ObservedFlushes(registry, FlushCounters.of(meters));

        // 13 objects with changes were planned as updates; 2 UPDATE statements wrote rows.
        flushes.beforeFlush(null, new FlushCounts(1, 13, 0));
        flushes.afterFlush(null, new FlushCounts(1, 2, 0));

        assertThat(stopped).containsExactly("1/2/0");
        assertThat(meters.get("alchemy.session.objects").tag("operation", "update").counter().count()).isEqualTo(2);
    }
}
