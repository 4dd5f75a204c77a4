package com.medvisionlab.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Blobs as objects of one bucket, named by their keys. Objects up to one part are sent with a single PUT; larger ones,
 * and any stream of unknown length, as a multipart upload of {@link #PART_SIZE} parts (one part in memory at a time),
 * aborted if anything fails, so a failed put leaves no object. S3 replaces objects atomically.
 */
final class S3BlobStore implements BlobStore {

    /** Above S3's 5 MiB minimum part; 10,000 parts make an 80 GiB object. */
    static final int PART_SIZE = 8 * 1024 * 1024;

    private static final int RANGE_NOT_SATISFIABLE = 416;
    private static final int NOT_FOUND = 404;

    private final S3Client s3;
    private final String bucket;

    private S3BlobStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    static S3BlobStore open(S3Settings settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.addressing() == S3Settings.Addressing.PATH)
                // content is authenticated by AES-GCM already; S3-compatible servers differ in checksum support
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials(settings));
        settings.endpoint().ifPresent(builder::endpointOverride);
        return new S3BlobStore(builder.build(), settings.bucket());
    }

    private static AwsCredentialsProvider credentials(S3Settings settings) {
        return settings.credentials()
                .<AwsCredentialsProvider>map(given -> StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(given.accessKeyId(), given.secretAccessKey())))
                .orElseGet(() -> DefaultCredentialsProvider.builder().build());
    }

    @Override
    public void put(String key, InputStream content) throws IOException {
        upload(BlobKeys.check(key), content);
    }

    @Override
    public void put(String key, InputStream content, long length) throws IOException {
        BlobKeys.check(key);
        InputStream exact = new ExactLengthInputStream(content, length);
        if (length > PART_SIZE) {
            upload(key, exact);
            return;
        }
        try {
            s3.putObject(
                    request -> request.bucket(bucket).key(key).contentLength(length),
                    RequestBody.fromInputStream(exact, length));
            if (exact.read() >= 0) { // the SDK stops at length; the length check needs the end too
                throw new IOException("the content is longer than the announced " + length + " bytes");
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (SdkException e) {
            throw failure("put", key, e);
        }
    }

    private void upload(String key, InputStream content) throws IOException {
        byte[] part = new byte[PART_SIZE];
        int length = content.readNBytes(part, 0, PART_SIZE);
        if (length < PART_SIZE) {
            putBytes(key, part, length);
            return;
        }
        String uploadId;
        try {
            uploadId = s3.createMultipartUpload(
                            request -> request.bucket(bucket).key(key))
                    .uploadId();
        } catch (SdkException e) {
            throw failure("start multipart upload of", key, e);
        }
        try {
            List<CompletedPart> parts = new ArrayList<>();
            while (length > 0) {
                int number = parts.size() + 1;
                int size = length;
                String etag = s3.uploadPart(
                                request -> request.bucket(bucket)
                                        .key(key)
                                        .uploadId(uploadId)
                                        .partNumber(number)
                                        .contentLength((long) size),
                                RequestBody.fromInputStream(new ByteArrayInputStream(part, 0, size), size))
                        .eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                length = content.readNBytes(part, 0, PART_SIZE);
            }
            s3.completeMultipartUpload(request ->
                    request.bucket(bucket).key(key).uploadId(uploadId).multipartUpload(upload -> upload.parts(parts)));
        } catch (IOException | RuntimeException e) {
            try {
                s3.abortMultipartUpload(
                        request -> request.bucket(bucket).key(key).uploadId(uploadId));
            } catch (SdkException abortFailed) {
                e.addSuppressed(abortFailed);
            }
            if (e instanceof SdkException sdk) {
                throw failure("upload", key, sdk);
            }
            throw e;
        }
    }

    private void putBytes(String key, byte[] bytes, int length) throws IOException {
        try {
            s3.putObject(
                    request -> request.bucket(bucket).key(key).contentLength((long) length),
                    RequestBody.fromInputStream(new ByteArrayInputStream(bytes, 0, length), length));
        } catch (SdkException e) {
            throw failure("put", key, e);
        }
    }

    @Override
    public InputStream get(String key, long offset) throws IOException {
        BlobKeys.check(key);
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        try {
            return s3.getObject(request -> {
                request.bucket(bucket).key(key);
                if (offset > 0) {
                    request.range("bytes=" + offset + "-");
                }
            });
        } catch (NoSuchKeyException e) {
            throw new BlobNotFoundException(key);
        } catch (S3Exception e) {
            if (e.statusCode() == RANGE_NOT_SATISFIABLE && offset == size(key)) {
                return InputStream.nullInputStream();
            }
            throw failure("get", key, e);
        } catch (SdkException e) {
            throw failure("get", key, e);
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        BlobKeys.check(key);
        try {
            s3.headObject(request -> request.bucket(bucket).key(key));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return false;
            }
            throw failure("look up", key, e);
        } catch (SdkException e) {
            throw failure("look up", key, e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        BlobKeys.check(key);
        try {
            s3.deleteObject(request -> request.bucket(bucket).key(key));
        } catch (SdkException e) {
            throw failure("delete", key, e);
        }
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        BlobKeys.checkPrefix(prefix);
        try {
            List<String> keys = new ArrayList<>();
            for (S3Object object : s3.listObjectsV2Paginator(
                            request -> request.bucket(bucket).prefix(prefix))
                    .contents()) {
                keys.add(object.key());
            }
            keys.sort(null);
            return keys;
        } catch (SdkException e) {
            throw failure("list", prefix + "*", e);
        }
    }

    @Override
    public long size(String key) throws IOException {
        BlobKeys.check(key);
        try {
            return s3.headObject(request -> request.bucket(bucket).key(key)).contentLength();
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                throw new BlobNotFoundException(key);
            }
            throw failure("look up", key, e);
        } catch (SdkException e) {
            throw failure("look up", key, e);
        }
    }

    private IOException failure(String action, String key, SdkException e) {
        return new IOException("S3 bucket " + bucket + ": cannot " + action + " " + key + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        s3.close();
    }

    @Override
    public String toString() {
        return "S3 bucket " + bucket;
    }
}
