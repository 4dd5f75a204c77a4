package com.medvisionlab.imaging;

import java.util.List;

/**
 * One page of matches.
 *
 * @param total how many match in all, for the client to page on
 */
public record QueryResult<T>(List<T> items, long total) {

    public QueryResult {
        items = List.copyOf(items);
    }
}
