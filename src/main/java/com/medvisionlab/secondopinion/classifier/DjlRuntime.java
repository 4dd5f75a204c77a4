package com.medvisionlab.secondopinion.classifier;

/**
 * DJL settings made once before its first use. Offline: the PyTorch natives come from the {@code pytorch-native-cpu}
 * and {@code pytorch-jni} jars on the class path (extracted once into DJL's cache, {@code ~/.djl.ai} or
 * {@code DJL_CACHE_DIR}), so nothing may be downloaded; offline mode makes a missing native jar fail loudly instead of
 * fetching from the internet. An operator's own settings ({@code -Dai.djl.offline=false}, {@code
 * PYTORCH_LIBRARY_PATH} for a local libtorch) still win.
 */
final class DjlRuntime {

    private static volatile boolean configured;

    private DjlRuntime() {}

    static void configure() {
        if (configured) {
            return;
        }
        synchronized (DjlRuntime.class) {
            if (System.getProperty("ai.djl.offline") == null && System.getenv("DJL_OFFLINE") == null) {
                System.setProperty("ai.djl.offline", "true");
            }
            // one model answers at a time per call; a few intra-op threads are plenty on a shared server
            if (System.getProperty("ai.djl.pytorch.num_interop_threads") == null) {
                System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
            }
            configured = true;
        }
    }
}
