package io.alchemy.spring.boot.test.autoconfigure.app;

import org.springframework.stereotype.Service;

/** A service of the test application: not part of the slice. */
@Service
public class NoteService {
}
