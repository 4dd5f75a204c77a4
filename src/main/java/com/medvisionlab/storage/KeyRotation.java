package com.medvisionlab.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKey;

/**
 * Re-wraps every data key of a store under the keyring's primary master key. Only the small sidecars are rewritten
 * (each atomically); the encrypted content is not read or written. Sidecars already under the primary are skipped,
 * so an interrupted rotation is finished by running it again. Afterwards the previous master keys are no longer
 * needed.
 */
public final class KeyRotation {

    /**
     * @param rewrapped      data keys moved to the primary master key
     * @param alreadyCurrent data keys that were under it already
     * @param failed         blobs whose data key could not be unwrapped, with the reason
     */
    public record Report(int rewrapped, int alreadyCurrent, List<String> failed) {

        public Report {
            failed = List.copyOf(failed);
        }
    }

    private KeyRotation() {}

    /**
     * @param backend the store as {@link BlobStores#filesystem} or {@link BlobStores#s3} open it, not the encrypted
     *                view of it: rotation works on the sidecars themselves
     */
    public static Report rotate(BlobStore backend, Keyring keyring) throws IOException {
        MasterKey primary = keyring.primary();
        int rewrapped = 0;
        int current = 0;
        List<String> failed = new ArrayList<>();
        for (String stored : backend.list("")) {
            if (!stored.endsWith(DataKeyRecord.SUFFIX)) {
                continue;
            }
            String key = stored.substring(0, stored.length() - DataKeyRecord.SUFFIX.length());
            try {
                byte[] bytes;
                try (InputStream in = backend.get(stored)) {
                    bytes = in.readNBytes(1024);
                }
                DataKeyRecord record = DataKeyRecord.parse(key, bytes);
                if (record.masterKeyId().equals(primary.id())) {
                    current++;
                    continue;
                }
                SecretKey dataKey = record.unwrap(key, keyring);
                byte[] rewrappedRecord = DataKeyRecord.wrap(key, record.header(), dataKey, primary)
                        .toBytes();
                backend.put(stored, new ByteArrayInputStream(rewrappedRecord), rewrappedRecord.length);
                rewrapped++;
            } catch (DataKeyException | BlobNotFoundException e) {
                failed.add(key + ": " + e.getMessage());
            }
        }
        return new Report(rewrapped, current, failed);
    }
}
