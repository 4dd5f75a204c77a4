package com.medvisionlab.redaction;

import com.medvisionlab.base.AuditableActions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedactionConfiguration {

    @Bean
    AuditableActions redactionAuditActions() {
        return AuditableActions.of(RedactionAuditAction.class);
    }
}
