package com.medvisionlab.demo.phantom;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Deterministic UIDs for generated objects ({@code 2.25.<UUID>} from a name), so generating twice gives the same
 * objects and ingesting them again is harmless; de-identification remaps them per installation anyway.
 */
final class DemoUids {

    private DemoUids() {}

    static String of(String name) {
        UUID uuid = UUID.nameUUIDFromBytes(("medvision-lab-demo/" + name).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = ByteBuffer.allocate(16)
                .putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits())
                .array();
        return "2.25." + new BigInteger(1, bytes);
    }
}
