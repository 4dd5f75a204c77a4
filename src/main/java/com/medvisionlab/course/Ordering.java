package com.medvisionlab.course;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Moving one item of a position-ordered list past its neighbour. */
final class Ordering {

    record Pair<T>(T first, T second) {}

    private Ordering() {}

    /** The item and the neighbour it trades positions with; empty when the item is at that end or not listed. */
    static <T> Optional<Pair<T>> swap(List<T> ordered, Function<T, @Nullable Long> id, long itemId, Move move) {
        for (int i = 0; i < ordered.size(); i++) {
            if (Objects.equals(id.apply(ordered.get(i)), itemId)) {
                int other = move == Move.UP ? i - 1 : i + 1;
                if (other < 0 || other >= ordered.size()) {
                    return Optional.empty();
                }
                return Optional.of(new Pair<>(ordered.get(i), ordered.get(other)));
            }
        }
        return Optional.empty();
    }
}
