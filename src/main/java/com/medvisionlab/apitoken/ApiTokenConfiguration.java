package com.medvisionlab.apitoken;

import com.medvisionlab.base.AuditableActions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ApiTokenConfiguration {

    @Bean
    AuditableActions apiTokenAuditActions() {
        return AuditableActions.of(ApiTokenAuditAction.class);
    }
}
