package com.medvisionlab.secondopinion.engine;

import com.medvisionlab.secondopinion.SecondOpinionEngines;
import com.medvisionlab.secondopinion.classifier.ClassifierModels;
import com.medvisionlab.secondopinion.classifier.ClassifierModels.ReservedEngineIds;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AiEngineProperties.class)
class EngineConfiguration {

    @Bean
    ReservedEngineIds reservedEngineIds(AiEngineProperties properties) {
        return new ReservedEngineIds(properties.engines().keySet());
    }

    @Bean
    SecondOpinionEngines secondOpinionEngines(AiEngineProperties properties, ClassifierModels classifiers) {
        return new EngineRegistry(ServerEngines.from(properties), classifiers::engines);
    }
}
