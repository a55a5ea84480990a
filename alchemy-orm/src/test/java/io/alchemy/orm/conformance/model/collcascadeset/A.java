package io.alchemy.orm.conformance.model.collcascadeset;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** test_cascade.py CollectionCascadesNoBackrefTest: A. */
@Mapped(table = "a")
public class A {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @Relationship(backPopulates = "a") Set<B> bs = new HashSet<>();

    public A() {
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public Set<B> getBs() {
        return bs;
    }

    public void setBs(Set<B> bs) {
        this.bs = bs;
    }

    @Override
    public String toString() {
        return "A(id=" + id + ")";
    }
}
