package com.medvisionlab.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Envelope encryption over any backend (see the package documentation for the format): the content under the key
 * itself, its wrapped data key in the sidecar {@code <key>.dek}. The sidecar is written after the content and removed
 * before it, so it marks a complete blob: {@link #exists} and {@link #list} go by sidecars.
 */
final class EncryptedBlobStore implements BlobStore {

    private final BlobStore backend;
    private final Keyring keyring;

    EncryptedBlobStore(BlobStore backend, Keyring keyring) {
        this.backend = backend;
        this.keyring = keyring;
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        seal(key, content, -1);
    }

    @Override
    public void put(String key, InputStream content, long length) throws IOException {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        seal(key, new ExactLengthInputStream(content, length), length);
    }

    private void seal(String key, InputStream content, long length) throws IOException {
        checkKey(key);
        byte[] material = new byte[Ciphers.KEY_BYTES];
        Ciphers.RANDOM.nextBytes(material);
        SecretKey dataKey = new SecretKeySpec(material, "AES");
        byte[] header = SegmentFormat.newHeader(Ciphers.RANDOM);
        InputStream sealed = new EncryptingInputStream(content, dataKey, header);
        if (length < 0) {
            backend.put(key, sealed);
        } else {
            backend.put(key, sealed, SegmentFormat.sealedLength(length));
        }
        byte[] record =
                DataKeyRecord.wrap(key, header, dataKey, keyring.primary()).toBytes();
        backend.put(key + DataKeyRecord.SUFFIX, new ByteArrayInputStream(record), record.length);
    }

    @Override
    public InputStream get(String key, long offset) throws IOException {
        checkKey(key);
        DataKeyRecord record = record(key);
        SecretKey dataKey = record.unwrap(key, keyring);
        long size = SegmentFormat.plaintextLength(backend.size(key));
        if (offset < 0 || offset > size) {
            throw new IllegalArgumentException("offset " + offset + " outside blob " + key + " of " + size + " bytes");
        }
        long segment = offset / SegmentFormat.SEGMENT;
        if (offset == size && offset > 0 && offset % SegmentFormat.SEGMENT == 0) {
            return InputStream.nullInputStream(); // just past a full last segment: nothing to open
        }
        InputStream sealed = backend.get(key, segment == 0 ? 0 : SegmentFormat.sealedOffset(segment));
        try {
            if (segment == 0) {
                checkHeader(key, sealed.readNBytes(SegmentFormat.HEADER), record.header());
            }
            return new DecryptingInputStream(
                    sealed, dataKey, record.header(), key, segment, (int) (offset % SegmentFormat.SEGMENT));
        } catch (IOException | RuntimeException e) {
            sealed.close();
            throw e;
        }
    }

    private static void checkHeader(String key, byte[] stored, byte[] expected) throws BlobIntegrityException {
        if (!SegmentFormat.isHeader(stored)) {
            throw new BlobIntegrityException("blob " + key + " has no valid header: not an encrypted blob, or damaged");
        }
        if (!MessageDigest.isEqual(stored, expected)) {
            throw new BlobIntegrityException(
                    "the content and the data key of blob " + key + " belong to different blobs");
        }
    }

    private DataKeyRecord record(String key) throws IOException {
        byte[] bytes;
        try (InputStream in = backend.get(key + DataKeyRecord.SUFFIX)) {
            bytes = in.readNBytes(1024);
        } catch (BlobNotFoundException e) {
            throw new BlobNotFoundException(key);
        }
        return DataKeyRecord.parse(key, bytes);
    }

    @Override
    public boolean exists(String key) throws IOException {
        return backend.exists(checkKey(key) + DataKeyRecord.SUFFIX);
    }

    @Override
    public void delete(String key) throws IOException {
        // the data key first: without it the content is unreadable, even if deleting the content fails
        backend.delete(checkKey(key) + DataKeyRecord.SUFFIX);
        backend.delete(key);
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        List<String> keys = new ArrayList<>();
        for (String stored : backend.list(prefix)) {
            if (stored.endsWith(DataKeyRecord.SUFFIX)) {
                keys.add(stored.substring(0, stored.length() - DataKeyRecord.SUFFIX.length()));
            }
        }
        keys.sort(null);
        return keys;
    }

    @Override
    public long size(String key) throws IOException {
        if (!exists(key)) {
            throw new BlobNotFoundException(key);
        }
        return SegmentFormat.plaintextLength(backend.size(key));
    }

    private static String checkKey(String key) {
        if (BlobKeys.check(key).endsWith(DataKeyRecord.SUFFIX)) {
            throw new IllegalArgumentException(
                    "blob keys ending in " + DataKeyRecord.SUFFIX + " are reserved for " + "data keys: " + key);
        }
        return key;
    }

    @Override
    public void close() throws IOException {
        backend.close();
    }

    @Override
    public String toString() {
        return "encrypted " + backend + " (primary master key "
                + keyring.primary().id() + ")";
    }
}
