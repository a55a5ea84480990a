package io.alchemy.orm.conformance.model.m2mbackref;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** M2MCascadeTest: B. */
@Mapped(table = "b")
public class B {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(length = 30) @Nullable String data;
    @Relationship(secondary = "atob", backPopulates = "bs", orderBy = "id") List<A> as = new ArrayList<>();

    public B() {
    }

    public B(@Nullable String data) {
        this.data = data;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable String getData() {
        return data;
    }

    public void setData(@Nullable String data) {
        this.data = data;
    }

    public List<A> getAs() {
        return as;
    }

    public void setAs(List<A> as) {
        this.as = as;
    }

    @Override
    public String toString() {
        return "B(id=" + id + ", data=" + data + ")";
    }
}
