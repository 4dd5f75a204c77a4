package com.medvisionlab.exchange;

/**
 * What one imported archive may hold; each object is read into memory on its own, so {@code maxObjectSize} bounds
 * memory, {@code maxTotalSize} and {@code maxEntries} the work (a zip bomb stops at the first limit it passes).
 */
record ArchiveLimits(long maxObjectSize, long maxTotalSize, int maxEntries, int maxManifestSize) {

    static final ArchiveLimits DEFAULTS = new ArchiveLimits(512L << 20, 8L << 30, 20_000, 16 << 20);
}
