package io.alchemy.spring.boot.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.spring.boot.test.autoconfigure.app.NoteDao;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** A Core DAO brought into the slice by an include filter; its exceptions are Spring's. */
@AlchemyTest(includeFilters = @Filter(Repository.class))
class AlchemyTestIncludeFiltersTest {
    @Autowired
    private NoteDao dao;

    @Test
    void includedRepositoriesAreTranslated() {
        dao.insert("twice");
        assertThatThrownBy(() -> dao.insert("twice")).isInstanceOf(DuplicateKeyException.class);
        assertThat(dao).isNotNull();
    }
}
