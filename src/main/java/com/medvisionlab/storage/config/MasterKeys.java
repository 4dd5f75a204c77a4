package com.medvisionlab.storage.config;

import com.medvisionlab.storage.Keyring;
import com.medvisionlab.storage.MasterKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The keyring from configuration: the primary from the environment or a key file, then the previous key files. */
final class MasterKeys {

    private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);

    private MasterKeys() {}

    static Keyring keyring(StorageProperties properties) {
        try {
            List<MasterKey> previous = new ArrayList<>();
            for (Path file : properties.previousKeyFiles()) {
                previous.add(MasterKey.readFile(file));
            }
            return Keyring.of(primary(properties), previous);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a storage master key file: " + e.getMessage(), e);
        }
    }

    private static MasterKey primary(StorageProperties properties) throws IOException {
        String base64 = properties.masterKey();
        if (base64 != null && !base64.isBlank()) {
            return MasterKey.fromBase64(base64);
        }
        Path file = properties.masterKeyFile();
        if (Files.exists(file)) {
            return MasterKey.readFile(file);
        }
        if (properties.generateMasterKey() && properties.type() == StorageProperties.Type.FS) {
            MasterKey generated = MasterKey.generateFile(file);
            log.warn(
                    "First start: generated storage master key {} in {} (owner-only). Back it up apart from the "
                            + "data: without it no stored object can be read.",
                    generated.id(),
                    file.toAbsolutePath());
            return generated;
        }
        throw new IllegalStateException("No storage master key configured: set MEDVISION_STORAGE_MASTER_KEY (base64 "
                + "of 32 random bytes) or MEDVISION_STORAGE_MASTER_KEY_FILE (a file holding it; " + file
                + " does not exist). Create one with: head -c 32 /dev/urandom | base64 > master.key && chmod 600 "
                + "master.key");
    }
}
