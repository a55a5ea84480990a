package io.alchemy.orm.conformance.model.rowswitch;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** test_unitofworkv2.py RowswitchM2OTest: A. */
@Mapped(table = "a")
public class A {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @Relationship(cascade = "all, delete-orphan", orderBy = "id") List<B> bs = new ArrayList<>();

    public A() {
    }

    public A(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public List<B> getBs() {
        return bs;
    }

    public void setBs(List<B> bs) {
        this.bs = bs;
    }

    @Override
    public String toString() {
        return "A(id=" + id + ")";
    }
}
