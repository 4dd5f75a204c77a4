package com.medvisionlab.storage;

import java.net.URI;
import java.util.Optional;

/**
 * Where an S3-compatible bucket is and how to sign in. Without an endpoint the AWS endpoint of {@code region} is
 * used; without credentials the AWS SDK's default chain ({@code AWS_ACCESS_KEY_ID}, profiles, instance roles).
 *
 * @param endpoint   e.g. {@code http://minio:9000} for MinIO or another S3-compatible server
 * @param addressing {@link Addressing#PATH} for MinIO and most S3-compatible servers
 */
public record S3Settings(
        String bucket,
        Optional<URI> endpoint,
        String region,
        Addressing addressing,
        Optional<Credentials> credentials) {

    /** Bucket in the path ({@code host/bucket/key}) or in the host name ({@code bucket.host/key}). */
    public enum Addressing {
        PATH,
        VIRTUAL_HOST
    }

    /** A static access key; {@link #toString()} never shows the secret. */
    public record Credentials(String accessKeyId, String secretAccessKey) {

        @Override
        public String toString() {
            return "Credentials[" + accessKeyId + ", secret hidden]";
        }
    }

    public S3Settings {
        if (bucket.isBlank()) {
            throw new IllegalArgumentException("an S3 store needs a bucket name");
        }
        if (region.isBlank()) {
            throw new IllegalArgumentException("an S3 store needs a region (any name, e.g. us-east-1, for MinIO)");
        }
    }
}
