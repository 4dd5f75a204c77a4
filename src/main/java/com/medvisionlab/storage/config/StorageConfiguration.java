package com.medvisionlab.storage.config;

import com.medvisionlab.storage.BlobStore;
import com.medvisionlab.storage.BlobStores;
import com.medvisionlab.storage.Keyring;
import com.medvisionlab.storage.S3Settings;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link BlobStore}: encryption over the configured backend; closed with the context. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    BlobStore blobStore(StorageProperties properties) {
        Keyring keyring = MasterKeys.keyring(properties); // first: a missing key is the first thing to fix
        BlobStore backend = switch (properties.type()) {
            case FS -> BlobStores.filesystem(properties.root());
            case S3 -> BlobStores.s3(s3Settings(properties.s3()));
        };
        BlobStore store = BlobStores.encrypted(backend, keyring);
        log.info("Blob storage: {}", store);
        return store;
    }

    private static S3Settings s3Settings(StorageProperties.S3 s3) {
        String bucket = s3.bucket();
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException(
                    "medvision.storage.type=s3 needs a bucket: set MEDVISION_STORAGE_S3_BUCKET");
        }
        String accessKey = s3.accessKey();
        String secretKey = s3.secretKey();
        Optional<S3Settings.Credentials> credentials = accessKey == null || accessKey.isBlank() || secretKey == null
                ? Optional.empty()
                : Optional.of(new S3Settings.Credentials(accessKey, secretKey));
        return new S3Settings(
                bucket,
                Optional.ofNullable(s3.endpoint()),
                s3.region(),
                s3.pathStyle() ? S3Settings.Addressing.PATH : S3Settings.Addressing.VIRTUAL_HOST,
                credentials);
    }
}
