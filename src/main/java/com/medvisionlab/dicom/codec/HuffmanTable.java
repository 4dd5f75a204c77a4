package com.medvisionlab.dicom.codec;

import java.util.Arrays;

/** A JPEG Huffman table built from symbol frequencies (ITU T.81 Annex K.2) and its code assignment (Annex C). */
final class HuffmanTable {

    private final int[] bits = new int[17]; // bits[n] = number of codes of length n
    private final int[] values;
    private final int[] codes;
    private final int[] sizes;

    private HuffmanTable(int[] codeSize, int symbols) {
        int[] tally = new int[33];
        for (int s = 0; s < symbols; s++) {
            tally[codeSize[s]]++;
        }
        adjustToSixteenBits(tally);
        // Assign symbols to lengths in order of increasing code size (Figure K.4).
        int[] order = sortedByCodeSize(codeSize, symbols);
        values = new int[order.length];
        System.arraycopy(order, 0, values, 0, order.length);
        for (int length = 1; length <= 16; length++) {
            bits[length] = tally[length];
        }
        codes = new int[symbols];
        sizes = new int[symbols];
        // Annex C.2: canonical codes, consecutive within a length, doubled at each longer length.
        int code = 0;
        int k = 0;
        for (int length = 1; length <= 16; length++) {
            for (int n = 0; n < bits[length]; n++) {
                codes[values[k]] = code++;
                sizes[values[k]] = length;
                k++;
            }
            code <<= 1;
        }
    }

    /** Figure K.1: repeatedly merge the two least frequent trees, with one reserved symbol so no code is all ones. */
    static HuffmanTable optimal(int[] frequencies) {
        int symbols = frequencies.length;
        long[] freq = new long[symbols + 1];
        for (int i = 0; i < symbols; i++) {
            freq[i] = frequencies[i];
        }
        freq[symbols] = 1; // reserved
        int[] codeSize = new int[symbols + 1];
        int[] others = new int[symbols + 1];
        Arrays.fill(others, -1);
        while (true) {
            int v1 = -1;
            int v2 = -1;
            for (int i = 0; i <= symbols; i++) {
                if (freq[i] > 0 && (v1 < 0 || freq[i] <= freq[v1])) {
                    v1 = i;
                }
            }
            for (int i = 0; i <= symbols; i++) {
                if (freq[i] > 0 && i != v1 && (v2 < 0 || freq[i] <= freq[v2])) {
                    v2 = i;
                }
            }
            if (v2 < 0) {
                break;
            }
            freq[v1] += freq[v2];
            freq[v2] = 0;
            codeSize[v1]++;
            while (others[v1] >= 0) {
                v1 = others[v1];
                codeSize[v1]++;
            }
            others[v1] = v2;
            codeSize[v2]++;
            while (others[v2] >= 0) {
                v2 = others[v2];
                codeSize[v2]++;
            }
        }
        int[] sizesWithoutReserved = Arrays.copyOf(codeSize, symbols + 1);
        return new HuffmanTable(sizesWithoutReserved, symbols + 1);
    }

    /** Figure K.3: shorten codes longer than 16 bits, then drop the reserved code (the longest). */
    private static void adjustToSixteenBits(int[] tally) {
        tally[0] = 0;
        for (int i = 32; i > 16; i--) {
            while (tally[i] > 0) {
                int j = i - 2;
                while (tally[j] == 0) {
                    j--;
                }
                tally[i] -= 2;
                tally[i - 1]++;
                tally[j + 1] += 2;
                tally[j]--;
            }
        }
        int i = 16;
        while (tally[i] == 0) {
            i--;
        }
        tally[i]--;
    }

    /** Symbols with a code, by code size then symbol; the reserved symbol (last index) goes last. */
    private static int[] sortedByCodeSize(int[] codeSize, int symbols) {
        int reserved = symbols - 1;
        return java.util.stream.IntStream.range(0, reserved)
                .filter(s -> codeSize[s] > 0)
                .boxed()
                .sorted((a, b) ->
                        codeSize[a] != codeSize[b] ? Integer.compare(codeSize[a], codeSize[b]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    int code(int symbol) {
        return codes[symbol];
    }

    int size(int symbol) {
        return sizes[symbol];
    }

    int countOfLength(int length) {
        return bits[length];
    }

    int[] values() {
        return values.clone();
    }
}
