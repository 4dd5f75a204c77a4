package com.medvisionlab.secondopinion;

import com.medvisionlab.course.CaseService;
import com.medvisionlab.imaging.ImagingIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Asking about a teaching case: who may ask ({@link AskPolicy}) and how the question is built. */
@Configuration(proxyBeanMethods = false)
class AskConfiguration {

    /** The default; the reading module declares a {@code @Primary} AskPolicy that knows about submissions. */
    @Bean
    AskPolicy caseReadingAskPolicy(CaseService cases) {
        return new CaseReadingAskPolicy(cases);
    }

    @Bean
    CaseQuestions caseQuestions(
            CaseService cases,
            ImagingIndex index,
            AskPolicy policy,
            EngineLanes lanes,
            ObjectProvider<OpinionImages> images,
            ObjectProvider<PromptCatalog> prompts) {
        return new CaseQuestions(cases, index, policy, lanes, images, prompts);
    }
}
