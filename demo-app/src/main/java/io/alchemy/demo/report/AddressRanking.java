package io.alchemy.demo.report;

/**
 * One line of the address ranking.
 *
 * @param rank the user's rank by number of addresses (ties share a rank)
 * @param name the user name
 * @param addresses how many addresses the user has
 * @param share the user's addresses as a fraction of all addresses, 0 to 1
 */
public record AddressRanking(long rank, String name, long addresses, double share) {
}
