package io.alchemy.benchmarks.harness;

import io.alchemy.benchmarks.fixture.DataSet;
import io.alchemy.benchmarks.model.AddressView;
import io.alchemy.benchmarks.model.UserGraphView;
import io.alchemy.benchmarks.model.UserView;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks of what a contender materialized against {@link DataSet}: returns {@code null} when right, or a sentence
 * saying what is wrong.
 */
public final class Rows {
    private Rows() {
    }

    /** Whether {@code user} is the loaded user {@code id}, with the loaded or the given full name. */
    public static String user(Object user, long id, String fullname) {
        if (!(user instanceof UserView u)) {
            return "expected a user, got " + user;
        }
        if (u.id() != id || !DataSet.name(id).equals(u.name()) || !Objects.equals(fullname, u.fullname())) {
            return "expected user " + id + " (" + DataSet.name(id) + ", " + fullname + "), got (" + u.id() + ", "
                    + u.name() + ", " + u.fullname() + ")";
        }
        return null;
    }

    /** Whether {@code result} is the list of loaded users {@code first..last} in id order. */
    public static String users(Object result, long first, long last) {
        if (!(result instanceof List<?> list)) {
            return "expected a list of users, got " + result;
        }
        if (list.size() != last - first + 1) {
            return "expected " + (last - first + 1) + " users, got " + list.size();
        }
        for (int i = 0; i < list.size(); i++) {
            String wrong = user(list.get(i), first + i, DataSet.fullname(first + i));
            if (wrong != null) {
                return "row " + i + ": " + wrong;
            }
        }
        return null;
    }

    /** Whether {@code result} lists users {@code first..last}, each with its loaded addresses in id order. */
    public static String graphs(Object result, long first, long last) {
        String wrong = users(result, first, last);
        if (wrong != null) {
            return wrong;
        }
        for (Object each : (List<?>) result) {
            if (!(each instanceof UserGraphView user)) {
                return "expected users with addresses, got " + each;
            }
            List<? extends AddressView> addresses = user.addresses();
            if (addresses.size() != DataSet.ADDRESSES_PER_USER) {
                return "user " + user.id() + " has " + addresses.size() + " addresses";
            }
            for (int k = 0; k < addresses.size(); k++) {
                AddressView a = addresses.get(k);
                long id = DataSet.firstAddressOf(user.id()) + k;
                if (a.id() != id || a.userId() != user.id() || !DataSet.email(id).equals(a.emailAddress())) {
                    return "user " + user.id() + " address " + k + ": expected (" + id + ", " + DataSet.email(id)
                            + "), got (" + a.id() + ", " + a.userId() + ", " + a.emailAddress() + ")";
                }
            }
        }
        return null;
    }

    /** Whether {@code ids} are {@code count} distinct generated keys above the loaded ones. */
    public static String newIds(Collection<? extends Number> ids, int count, long loaded) {
        if (ids.size() != count) {
            return "expected " + count + " generated ids, got " + ids.size();
        }
        Set<Long> distinct = new HashSet<>();
        for (Number id : ids) {
            if (id == null || id.longValue() <= loaded || !distinct.add(id.longValue())) {
                return "generated id " + id + " is missing, repeated or not above the loaded ids";
            }
        }
        return null;
    }
}
