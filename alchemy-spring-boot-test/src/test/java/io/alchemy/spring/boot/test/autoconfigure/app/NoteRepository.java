package io.alchemy.spring.boot.test.autoconfigure.app;

import io.alchemy.spring.data.AlchemyRepository;
import java.util.List;

/** A repository of the test application: part of the slice. */
public interface NoteRepository extends AlchemyRepository<Note, Integer> {

    List<Note> findByTextStartingWith(String prefix);
}
