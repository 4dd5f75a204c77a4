package com.medvisionlab.exchange;

import com.medvisionlab.base.AuditableActions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExchangeConfiguration {

    @Bean
    AuditableActions exchangeAuditActions() {
        return AuditableActions.of(ExchangeAuditAction.class);
    }
}
