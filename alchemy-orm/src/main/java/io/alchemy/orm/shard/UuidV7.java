package io.alchemy.orm.shard;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Version 7 UUIDs (RFC 9562): 48 bits of Unix time in milliseconds, then random bits, so keys made on any shard, by
 * any process, are unique without coordination, and sort roughly by creation time (index-friendly, unlike version 4).
 * Within one JVM, the values of one millisecond are made increasing by a counter in the bits after the time (RFC 9562
 * method 1), so they also sort in the order made. A primary key's {@code insertDefault}:
 * {@code @MappedColumn(primaryKey = true, insertDefault = UuidV7.class) UUID id;}. Thread-safe.
 */
public final class UuidV7 implements Supplier<UUID> {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Object LOCK = new Object();
    private static long lastMillis = -1;
    private static long counter;

    /** A generator (all share one clock and counter). */
    public UuidV7() {
    }

    /** The next UUIDv7. */
    @Override
    public UUID get() {
        return next();
    }

    /** The next UUIDv7. */
    public static UUID next() {
        long millis;
        long sequence;
        synchronized (LOCK) {
            millis = System.currentTimeMillis();
            if (millis <= lastMillis) {
                millis = lastMillis;
                counter++;
                if (counter > 0xFFF) {      // 12 bits of counter used up in this millisecond: borrow the next one
                    millis++;
                    counter = RANDOM.nextInt(0x400);
                }
            } else {
                counter = RANDOM.nextInt(0x400);
            }
            lastMillis = millis;
            sequence = counter;
        }
        long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | sequence;
        long low = RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    /** The Unix time in milliseconds a UUIDv7 was made at. */
    public static long timestamp(UUID uuid) {
        if (uuid.version() != 7) {
            throw new IllegalArgumentException("Not a version 7 UUID: " + uuid);
        }
        return uuid.getMostSignificantBits() >>> 16;
    }
}
