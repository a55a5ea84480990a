package io.alchemy.spring.data;

import java.util.Map;

/** A custom repository fragment, implemented with Core by {@link UserStatsImpl}. */
public interface UserStats {

    /** The number of users per active flag. */
    Map<Boolean, Long> countByActivity();
}
