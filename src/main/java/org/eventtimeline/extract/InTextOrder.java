package org.eventtimeline.extract;

import java.util.List;
import java.util.function.ToIntFunction;

/** Things found in a text, kept in the order they start: where those from an offset on begin, found by halving. */
public final class InTextOrder {

    private InTextOrder() {
    }

    /** The index of the first item that starts at or after {@code offset}; {@code items.size()} when none does. */
    public static <T> int firstFrom(List<T> items, ToIntFunction<T> start, int offset) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (start.applyAsInt(items.get(mid)) < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
