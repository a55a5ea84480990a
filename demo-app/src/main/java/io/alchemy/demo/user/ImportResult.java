package io.alchemy.demo.user;

/**
 * The answer of {@code POST /users/import}.
 *
 * @param users how many users were inserted
 * @param addresses how many addresses were inserted
 */
public record ImportResult(int users, int addresses) {
}
