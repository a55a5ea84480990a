package io.alchemy.orm.conformance.model.collcascade;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import org.jspecify.annotations.Nullable;

/** test_cascade.py CollectionCascadesNoBackrefTest: B. */
@Mapped(table = "b_")
public class B {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "a.id") @Nullable Integer aId;
    @MappedColumn(length = 30) @Nullable String key;
    @Relationship(backPopulates = "bs") @Nullable A a;

    public B() {
    }

    public B(@Nullable String key) {
        this.key = key;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getAId() {
        return aId;
    }

    public void setAId(@Nullable Integer aId) {
        this.aId = aId;
    }

    public @Nullable String getKey() {
        return key;
    }

    public void setKey(@Nullable String key) {
        this.key = key;
    }

    public @Nullable A getA() {
        return a;
    }

    public void setA(@Nullable A a) {
        this.a = a;
    }

    @Override
    public String toString() {
        return "B(id=" + id + ", aId=" + aId + ", key=" + key + ")";
    }
}
