package com.medvisionlab.imaging;

/** One window of query results: QIDO-RS {@code limit} and {@code offset} (PS3.18 8.3.4.4). */
public record Page(int limit, int offset) {

    /** The most matches one query returns, whatever the client asks for. */
    public static final int MAX_LIMIT = 1000;

    public Page {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
    }

    public static Page first(int limit) {
        return new Page(limit, 0);
    }
}
