package io.alchemy.spring.boot.autoconfigure.insight;

import io.alchemy.orm.Session;
import io.alchemy.orm.SessionEvents;
import io.alchemy.orm.insight.NPlusOneListener;

/** The ORM's side of the insight: Session events and N+1 incidents turned into the endpoint's totals. */
final class OrmInsight {
    private OrmInsight() {
    }

    /** Tells {@code incidents} of every N+1 incident. */
    static NPlusOneListener incidentsListener(NPlusOneIncidents incidents) {
        return incident -> incidents.add(new NPlusOneIncidents.Incident(incident.kind().tag(), incident.subject(),
                incident.entity(), incident.relationship(), incident.count(), incident.message(),
                incident.detectedAt()));
    }

    /** Counts every flush into {@code totals}. */
    static SessionEvents flushListener(FlushTotals totals) {
        return new FlushCounting(totals);
    }

    /** Counts flushes into the totals. */
    private static final class FlushCounting implements SessionEvents {
        private final FlushTotals totals;

        FlushCounting(FlushTotals totals) {
            this.totals = totals;
        }

        @Override
        public void afterFlush(Session session, FlushCounts counts) {
            totals.flushed(counts.inserted(), counts.updated(), counts.deleted());
        }

        @Override
        public void afterFlushFailed(Session session, FlushCounts counts, RuntimeException failure) {
            totals.failed();
        }
    }
}
