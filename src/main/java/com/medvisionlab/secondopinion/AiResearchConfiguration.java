package com.medvisionlab.secondopinion;

import com.medvisionlab.base.AuditableActions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class AiResearchConfiguration {

    @Bean
    AuditableActions aiResearchAuditActions() {
        return AuditableActions.of(AiResearchAuditAction.class);
    }

    @Bean
    AgreementMeasure agreementMeasure() {
        return new DiagnosisAgreement();
    }
}
