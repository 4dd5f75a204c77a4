package com.medvisionlab.storage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The master keys a store may use: the primary wraps every new data key; the others (previous primaries) still
 * unwrap the data keys they wrapped until {@link KeyRotation} has moved those to the primary.
 */
public final class Keyring {

    private final MasterKey primary;
    private final Map<String, MasterKey> byId = new LinkedHashMap<>();

    private Keyring(MasterKey primary, List<MasterKey> previous) {
        this.primary = primary;
        byId.put(primary.id(), primary);
        for (MasterKey key : previous) {
            byId.putIfAbsent(key.id(), key);
        }
    }

    public static Keyring of(MasterKey primary, List<MasterKey> previous) {
        return new Keyring(primary, previous);
    }

    public static Keyring of(MasterKey primary) {
        return new Keyring(primary, List.of());
    }

    public MasterKey primary() {
        return primary;
    }

    Optional<MasterKey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids, primary first. */
    public List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }

    @Override
    public String toString() {
        return "Keyring" + ids();
    }
}
