package com.medvisionlab.ingest;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code medvision.ingest.*}; application.properties maps the environment variables.
 *
 * @param maxFileSize      one file (or zip entry, unpacked)
 * @param maxTotalSize     one upload, zips counted unpacked
 * @param maxFiles         files of one upload, zip entries counted
 * @param deidSecretFile   the installation secret pseudonyms, UIDs and date shifts derive from; created (owner-only)
 *                         on a first start. Back it up: another secret gives other pseudonyms.
 * @param deidMappingDir   where the original-to-new mappings are kept, encrypted under the secret
 */
@ConfigurationProperties("medvision.ingest")
record IngestProperties(
        @DefaultValue("512MB") DataSize maxFileSize,
        @DefaultValue("4GB") DataSize maxTotalSize,
        @DefaultValue("10000") int maxFiles,
        @DefaultValue("./data/deid/secret") Path deidSecretFile,
        @DefaultValue("./data/deid/mappings") Path deidMappingDir) {

    IngestLimits limits() {
        return new IngestLimits(maxFileSize.toBytes(), maxTotalSize.toBytes(), maxFiles);
    }
}
