package com.medvisionlab.course;

import com.medvisionlab.base.AuditableActions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CourseConfiguration {

    @Bean
    AuditableActions courseAuditActions() {
        return AuditableActions.of(CourseAuditAction.class);
    }
}
