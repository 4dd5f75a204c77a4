package com.medvisionlab.storage;

import java.nio.file.Path;

/** Opens the backends and wraps them in encryption. */
public final class BlobStores {

    private BlobStores() {}

    /** Blobs as files under {@code root} (created on the first put). */
    public static BlobStore filesystem(Path root) {
        return new FileSystemBlobStore(root);
    }

    /** Blobs as objects in an S3-compatible bucket. */
    public static BlobStore s3(S3Settings settings) {
        return S3BlobStore.open(settings);
    }

    /** Every blob of {@code backend} encrypted at rest under a data key wrapped by the keyring's primary key. */
    public static BlobStore encrypted(BlobStore backend, Keyring keyring) {
        return new EncryptedBlobStore(backend, keyring);
    }
}
