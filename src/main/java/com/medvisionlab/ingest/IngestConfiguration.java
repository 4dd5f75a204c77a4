package com.medvisionlab.ingest;

import com.medvisionlab.base.AuditableActions;
import com.medvisionlab.deid.InstallationDeid;
import java.io.IOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The warm de-identification of the portal and the upload limits, from {@code medvision.ingest.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class IngestConfiguration {

    /** Built once at start-up; closing it with the context saves the mappings and frees the OCR engines. */
    @Bean(destroyMethod = "close")
    InstallationDeid installationDeid(IngestProperties properties) throws IOException {
        return InstallationDeid.open(properties.deidSecretFile(), properties.deidMappingDir());
    }

    @Bean
    IngestLimits ingestLimits(IngestProperties properties) {
        return properties.limits();
    }

    @Bean
    AuditableActions ingestAuditActions() {
        return AuditableActions.of(IngestAuditAction.class);
    }
}
