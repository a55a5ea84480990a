package io.alchemy.orm.conformance.model.collcascade;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** test_cascade.py CollectionCascadesNoBackrefTest: A. */
@Mapped(table = "a")
public class A {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @Relationship(backPopulates = "a") List<B> bs = new ArrayList<>();

    public A() {
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
