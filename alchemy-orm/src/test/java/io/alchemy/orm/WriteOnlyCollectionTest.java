package io.alchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.engine.Engine;
import io.alchemy.exc.ArgumentError;
import io.alchemy.orm.model.bad.ListWriteOnly;
import io.alchemy.orm.model.graph.Entry;
import io.alchemy.orm.model.graph.Entry_;
import io.alchemy.orm.model.graph.Feed;
import io.alchemy.testing.MatrixTest;
import io.alchemy.testing.SqlRecorder;
import io.alchemy.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A write-only collection: never loaded, changed without loading, read through its SELECT. */
class WriteOnlyCollectionTest {

    @MatrixTest
    void writeOnlyCollection(TestDatabase db) {
        Engine engine = GraphFixture.engine(db);
        Feed feed = new Feed("news");
        Entry first = new Entry("first");
        feed.getEntries().addAll(List.of(first, new Entry("second")));
        assertThat(first.getFeed()).isSameAs(feed);
        int feedId;
        try (Session session = new Session(engine)) {
            session.add(feed);
            session.flush();
            feedId = feed.getId();
            assertThat(first.getFeedId()).isEqualTo(feedId);
            session.commit();
        }
        SqlRecorder log = SqlRecorder.on(engine);
        try (Session session = new Session(engine)) {
            Feed loaded = session.get(Feed.class, feedId);
            log.take();
            loaded.getEntries().add(new Entry("third"));
            assertThat(log.take()).isEmpty();
            List<Entry> entries = session.scalars(loaded.getEntries().select().orderBy(Entry_.id)).all();
            assertThat(entries).extracting(Entry::getText).containsExactly("first", "second", "third");
            List<String> sql = log.take();
            assertThat(sql).anyMatch(line -> line.startsWith("INSERT INTO entry"));
            if (db.name().equals("sqlite")) {
                assertThat(sql).last().isEqualTo("SELECT entry.id, entry.feed_id, entry.text \nFROM entry \n"
                        + "WHERE ? = entry.feed_id ORDER BY entry.id | [" + feedId + "]");
            }
            loaded.getEntries().remove(entries.get(1));
            session.commit();
            assertThat(session.scalars(loaded.getEntries().select().orderBy(Entry_.id)).all())
                    .extracting(Entry::getText).containsExactly("first", "third");
            session.delete(loaded);
            session.commit();
            assertThat(session.scalars(io.alchemy.Alchemy.select(Entry.class)).all()).extracting(Entry::getFeedId)
                    .containsOnlyNulls().hasSize(3);
        }
    }

    @Test
    void writeOnlyMustBeDeclaredAsWriteOnlyCollection() {
        assertThatThrownBy(() -> Registry.of(ListWriteOnly.class)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("ListWriteOnly.strangers")
                .hasMessageEndingWith("has lazy = WRITE_ONLY: declare it as WriteOnlyCollection<Stranger>");
    }
}
