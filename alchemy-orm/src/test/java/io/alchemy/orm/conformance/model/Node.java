package io.alchemy.orm.conformance.model;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** SQLAlchemy's fixture {@code Node} on table {@code nodes}: children and parent, self-referential. */
@Mapped(table = "nodes")
public class Node {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "nodes.id") @Nullable Integer parentId;
    @MappedColumn(length = 30) @Nullable String data;
    @Relationship(backPopulates = "parent", orderBy = "id") List<Node> children = new ArrayList<>();
    @Relationship(backPopulates = "children") @Nullable Node parent;

    public Node() {
    }

    public Node(String data) {
        this.data = data;
    }

    public @Nullable Integer getId() {
        return id;
    }

    public void setId(@Nullable Integer id) {
        this.id = id;
    }

    public @Nullable Integer getParentId() {
        return parentId;
    }

    public void setParentId(@Nullable Integer parentId) {
        this.parentId = parentId;
    }

    public @Nullable String getData() {
        return data;
    }

    public void setData(@Nullable String data) {
        this.data = data;
    }

    public List<Node> getChildren() {
        return children;
    }

    public @Nullable Node getParent() {
        return parent;
    }

    public void setParent(@Nullable Node parent) {
        this.parent = parent;
    }

    @Override
    public String toString() {
        return "Node(id=" + id + ", data=" + data + ")";
    }
}
