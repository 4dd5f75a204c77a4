package com.medvisionlab.secondopinion.classifier;

import com.medvisionlab.base.AuditableActions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClassifierConfiguration {

    @Bean
    AuditableActions classifierAuditActions() {
        return AuditableActions.of(ClassifierAuditAction.class);
    }
}
