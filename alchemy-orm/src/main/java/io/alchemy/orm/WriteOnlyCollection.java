package io.alchemy.orm;

import io.alchemy.orm.internal.WriteOnlyState;
import io.alchemy.orm.mapping.RelationshipProperty;
import io.alchemy.orm.metamodel.RelationshipCriteria;
import io.alchemy.sql.Select;
import java.util.Collection;

/**
 * A write-only relationship collection for huge collections (SQLAlchemy's {@code WriteOnlyMapped}): a field
 * {@code WriteOnlyCollection<Entry> entries} is never loaded; {@link #add} and {@link #remove} are written at the next
 * flush (the foreign key set or cleared, association rows added or removed), and {@link #select()} is the statement
 * that reads the collection, to page or filter it: {@code session.scalars(feed.getEntries().select().limit(10))}.
 *
 * @param <T> the related class
 */
public final class WriteOnlyCollection<T> extends WriteOnlyState {

    WriteOnlyCollection(Object owner, RelationshipProperty relationship) {
        super(owner, relationship);
    }

    /** Adds {@code related} to the collection at the next flush (and to the Session, by the save-update cascade). */
    public void add(T related) {
        append(related);
    }

    /** {@link #add} for each object. */
    public void addAll(Collection<? extends T> related) {
        related.forEach(this::add);
    }

    /** Removes {@code related} from the collection at the next flush. */
    public void remove(T related) {
        discard(related);
    }

    /** {@code SELECT … FROM target WHERE ? = target.fk}: the collection's objects, to run with a Session. */
    @SuppressWarnings("unchecked")
    public Select<T> select() {
        Class<T> target = (Class<T>) relationship().targetClass();
        return io.alchemy.Alchemy.select(target).where(RelationshipCriteria.withParent(owner(), relationship()));
    }

    @Override
    public String toString() {
        return "WriteOnlyCollection[" + relationship() + "]";
    }
}
