package com.medvisionlab.base;

import java.time.Clock;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;

@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

    /** Time comes from here, so tests can replace it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AuditableActions accessAuditActions() {
        return AuditableActions.of(AccessAuditAction.class);
    }

    /**
     * Plain lower-case, unquoted table and column names, so the same SQL works on H2 (DATABASE_TO_LOWER) and
     * PostgreSQL.
     */
    @Bean
    static BeanPostProcessor unquotedJdbcIdentifiers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JdbcMappingContext context) {
                    context.setForceQuote(false);
                }
                return bean;
            }
        };
    }
}
