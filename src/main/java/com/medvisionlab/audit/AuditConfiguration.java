package com.medvisionlab.audit;

import com.medvisionlab.base.AuditableActions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditableActions signInAuditActions() {
        return AuditableActions.of(SignInAuditAction.class);
    }
}
