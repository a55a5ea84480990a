package io.alchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.orm.model.Address;
import io.alchemy.orm.model.User;
import io.alchemy.orm.model.graph.Keyword;
import io.alchemy.orm.model.graph.Post;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code backPopulates} in memory, before any Session: both sides agree after every kind of change. */
class BackPopulatesTest {

    @BeforeAll
    static void map() {
        OrmFixture.registry();
        GraphFixture.registry();
    }

    @Test
    void movingAChildBetweenParents() {
        User spongebob = new User("spongebob", null);
        User sandy = new User("sandy", null);
        Address address = new Address("a@b", spongebob);
        assertThat(spongebob.getAddresses()).containsExactly(address);

        address.setUser(sandy);
        assertThat(spongebob.getAddresses()).isEmpty();
        assertThat(sandy.getAddresses()).containsExactly(address);

        spongebob.getAddresses().add(address);
        assertThat(address.getUser()).isSameAs(spongebob);
        assertThat(sandy.getAddresses()).isEmpty();

        address.setUser(null);
        assertThat(spongebob.getAddresses()).isEmpty();
    }

    @Test
    void removingAndReplacingTheCollection() {
        User user = new User("u", null);
        Address first = new Address("1");
        Address second = new Address("2");
        user.getAddresses().addAll(List.of(first, second));
        assertThat(second.getUser()).isSameAs(user);

        user.getAddresses().remove(first);
        assertThat(first.getUser()).isNull();

        user.getAddresses().clear();
        assertThat(second.getUser()).isNull();

        Address third = new Address("3");
        user.getAddresses().add(second);
        User other = new User("o", null);
        other.getAddresses().addAll(new ArrayList<>(List.of(third)));
        assertThat(third.getUser()).isSameAs(other);
    }

    @Test
    void manyToManyBothSides() {
        Post post = new Post("p");
        Keyword keyword = new Keyword("k");
        post.getKeywords().add(keyword);
        assertThat(keyword.getPosts()).containsExactly(post);
        keyword.getPosts().remove(post);
        assertThat(post.getKeywords()).isEmpty();
        keyword.getPosts().add(post);
        keyword.getPosts().add(post);
        assertThat(post.getKeywords()).containsExactly(keyword);
    }
}
