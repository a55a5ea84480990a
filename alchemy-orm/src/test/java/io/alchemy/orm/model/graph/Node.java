package io.alchemy.orm.model.graph;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A tree node (adjacency list): children ordered by name, deleted with their parent and when removed from it. */
@Mapped(table = "node")
public class Node {
    @MappedColumn(primaryKey = true) Integer id;
    @MappedColumn(foreignKey = "node.id") @Nullable Integer parentId;
    @MappedColumn String name;
    @Relationship(backPopulates = "parent", cascade = "all, delete-orphan", orderBy = "name")
    List<Node> children = new ArrayList<>();
    @Relationship(backPopulates = "children") Node parent;

    protected Node() {
    }

    public Node(String name) {
        this.name = name;
    }

    public Integer getId() {
        return id;
    }

    public Integer getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public List<Node> getChildren() {
        return children;
    }

    public Node getParent() {
        return parent;
    }

    public void setParent(Node parent) {
        this.parent = parent;
    }

    @Override
    public String toString() {
        return "Node(" + name + ")";
    }
}
