package io.alchemy.demo.user;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/**
 * One page of a search, as JSON.
 *
 * @param content the elements of the page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalElements how many elements all pages hold
 * @param totalPages how many pages there are
 * @param <T> the element type
 */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    /** The view of {@code page} with its elements converted by {@code content}. */
    static <S, T> PageView<T> of(Page<S> page, Function<List<S>, List<T>> content) {
        return new PageView<>(content.apply(page.getContent()), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
