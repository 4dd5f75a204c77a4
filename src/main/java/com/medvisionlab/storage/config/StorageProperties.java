package com.medvisionlab.storage.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code medvision.storage.*}; application.properties maps the environment variables named in the README.
 *
 * @param type               {@code fs} (a directory, the default) or {@code s3}
 * @param root               the directory of the {@code fs} store
 * @param masterKey          base64 of 32 random bytes; wins over {@code masterKeyFile}
 * @param masterKeyFile      a file holding that line
 * @param previousKeyFiles   earlier master keys, still unwrapping data keys not yet rotated
 * @param generateMasterKey  on a first start of an {@code fs} store with no key: create {@code masterKeyFile};
 *                           off in production, where a missing key must stop the start instead
 */
@ConfigurationProperties("medvision.storage")
record StorageProperties(
        @DefaultValue("fs") Type type,
        @DefaultValue("./data/blobs") Path root,
        @DefaultValue S3 s3,
        @Nullable String masterKey,
        @DefaultValue("./data/keys/master.key") Path masterKeyFile,
        @DefaultValue List<Path> previousKeyFiles,
        @DefaultValue("true") boolean generateMasterKey) {

    enum Type {
        FS,
        S3
    }

    /**
     * @param endpoint  for MinIO and other S3-compatible servers; AWS when empty
     * @param pathStyle bucket in the path, as MinIO needs
     * @param accessKey with {@code secretKey}; the AWS default credential chain when empty
     */
    record S3(
            @Nullable String bucket,
            @Nullable URI endpoint,
            @DefaultValue("us-east-1") String region,
            @DefaultValue("true") boolean pathStyle,
            @Nullable String accessKey,
            @Nullable String secretKey) {}
}
