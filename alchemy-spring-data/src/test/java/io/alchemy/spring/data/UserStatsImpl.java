package io.alchemy.spring.data;

import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.select;

import io.alchemy.engine.Row;
import io.alchemy.orm.Session;
import io.alchemy.spring.data.model.User_;
import java.util.Map;
import java.util.TreeMap;

/** The fragment's implementation: a GROUP BY in Core through the Session the repositories use. */
public class UserStatsImpl implements UserStats {
    private final Session session;

    public UserStatsImpl(Session session) {
        this.session = session;
    }

    @Override
    public Map<Boolean, Long> countByActivity() {
        Map<Boolean, Long> counts = new TreeMap<>();
        for (Row row : session.execute(select(User_.active, func.count().label("n")).groupBy(User_.active))) {
            counts.put(row.get(0, Boolean.class), row.get("n", Long.class));
        }
        return counts;
    }
}
