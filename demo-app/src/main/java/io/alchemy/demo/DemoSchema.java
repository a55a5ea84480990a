package io.alchemy.demo;

import static io.alchemy.Alchemy.column;
import static io.alchemy.types.Types.INTEGER;
import static io.alchemy.types.Types.STRING;
import static io.alchemy.types.Types.string;

import io.alchemy.engine.Engine;
import io.alchemy.schema.MetaData;
import io.alchemy.schema.Table;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The tutorial's tables (TOUR §3), created at start-up with {@code createAll}, which skips tables that exist.
 * One addition: the user name is unique, so the API can answer a duplicate with 409.
 * Everything that runs SQL depends on this bean, so the tables are there before the first request.
 */
@Component
public class DemoSchema implements InitializingBean {
    private final Engine engine;
    private final MetaData metadata = new MetaData();
    private final Table userAccount = metadata.table("user_account",
            column("id", INTEGER).primaryKey(),
            column("name", string(30)).nullable(false).unique(),
            column("fullname", STRING));
    private final Table address = metadata.table("address",
            column("id", INTEGER).primaryKey(),
            column("user_id").references("user_account.id").nullable(false),
            column("email_address", STRING).nullable(false));

    public DemoSchema(Engine engine) {
        this.engine = engine;
    }

    @Override
    public void afterPropertiesSet() {
        metadata.createAll(engine);
    }

    /** The {@code user_account} table. */
    public Table userAccount() {
        return userAccount;
    }

    /** The {@code address} table. */
    public Table address() {
        return address;
    }
}
