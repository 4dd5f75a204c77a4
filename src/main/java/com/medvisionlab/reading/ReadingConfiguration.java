package com.medvisionlab.reading;

import com.medvisionlab.base.AuditableActions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReadingConfiguration {

    @Bean
    AuditableActions readingAuditActions() {
        return AuditableActions.of(ReadingAuditAction.class);
    }
}
