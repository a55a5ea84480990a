package io.alchemy.benchmarks.orm;

import io.alchemy.benchmarks.model.UserGraphView;
import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code user_account} mapped for the Alchemy ORM contenders; ids come from the table's sequence default. */
@Mapped(table = "user_account")
public class OrmUser implements UserGraphView {
    @MappedColumn(primaryKey = true) Long id;
    @MappedColumn(length = 30) String name;
    @MappedColumn(length = 100) @Nullable String fullname;
    @Relationship(backPopulates = "user", orderBy = "id") List<OrmAddress> addresses = new ArrayList<>();

    protected OrmUser() {
    }

    public OrmUser(String name, String fullname) {
        this.name = name;
        this.fullname = fullname;
    }

    @Override
    public long id() {
        return id;
    }

    public Long getId() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String fullname() {
        return fullname;
    }

    public void setFullname(String fullname) {
        this.fullname = fullname;
    }

    @Override
    public List<OrmAddress> addresses() {
        return addresses;
    }
}
