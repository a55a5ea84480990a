package io.alchemy.demo.report;

import static io.alchemy.Alchemy.func;
import static io.alchemy.Alchemy.orderBy;
import static io.alchemy.Alchemy.select;

import io.alchemy.demo.user.Address;
import io.alchemy.demo.user.Address_;
import io.alchemy.demo.user.User_;
import io.alchemy.engine.Row;
import io.alchemy.orm.Session;
import io.alchemy.sql.ColumnElement;
import io.alchemy.sql.Select;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports written in Alchemy Core: the statement is built once (it is immutable, and compiles once per database
 * into the Engine's cache) and run through the transaction's Session with the limit as a bound parameter.
 *
 * <pre>
 * SELECT user_account.name, count(address.id) AS addresses,
 *        rank() OVER (ORDER BY count(address.id) DESC) AS ranking,
 *        sum(count(address.id)) OVER () AS total
 * FROM user_account LEFT OUTER JOIN address ON user_account.id = address.user_id
 * GROUP BY user_account.id, user_account.name ORDER BY ranking, user_account.name
 * </pre>
 */
@Service
@Transactional(readOnly = true)
public class UserReports {
    private static final ColumnElement<Integer> ADDRESSES = func.count(Address_.id);
    private static final Select<Object> RANKING = select(User_.name, ADDRESSES.label("addresses"),
            func.rank().over(orderBy(ADDRESSES.desc())).label("ranking"),
            func.sum(ADDRESSES).over().label("total"))
            .outerjoin(Address.class)
            .groupBy(User_.id, User_.name)
            .orderBy("ranking", User_.name);

    private final Session session;

    public UserReports(Session session) {
        this.session = session;
    }

    /** The {@code top} users with the most addresses (more on ties at the last rank cut at {@code top}). */
    public List<AddressRanking> addressRanking(int top) {
        return session.execute(RANKING.limit(top)).all().stream().map(UserReports::line).toList();
    }

    private static AddressRanking line(Row row) {
        long addresses = row.get("addresses", Long.class);
        @Nullable Number total = row.get("total", Number.class);
        double share = total == null || total.longValue() == 0 ? 0 : (double) addresses / total.longValue();
        return new AddressRanking(row.get("ranking", Long.class), row.get("name", String.class), addresses, share);
    }
}
