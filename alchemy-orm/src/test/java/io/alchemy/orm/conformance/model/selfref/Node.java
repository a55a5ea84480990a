package io.alchemy.orm.conformance.model.selfref;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** O2MSelfReferentialDetelOrphanTest: Node. */
@Mapped(table = "node")
public class Node {
    @MappedColumn(primaryKey = true) @Nullable Integer id;
    @MappedColumn(foreignKey = "node.id") @Nullable Integer parentId;
    @Relationship(cascade = "all, delete-orphan", backPopulates = "parent", orderBy = "id") List<Node> children = new ArrayList<>();
    @Relationship(backPopulates = "children") @Nullable Node parent;

    public Node() {
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

    public List<Node> getChildren() {
        return children;
    }

    public void setChildren(List<Node> children) {
        this.children = children;
    }

    public @Nullable Node getParent() {
        return parent;
    }

    public void setParent(@Nullable Node parent) {
        this.parent = parent;
    }

    @Override
    public String toString() {
        return "Node(id=" + id + ", parentId=" + parentId + ")";
    }
}
