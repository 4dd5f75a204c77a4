package com.medvisionlab.reading;

import com.medvisionlab.MutableClock;
import com.medvisionlab.audit.AuditService;
import com.medvisionlab.base.JdbcSliceTest;
import com.medvisionlab.course.CaseService;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.redaction.PublicationCheck;
import com.medvisionlab.security.TestUsers;
import com.medvisionlab.security.UserService;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The reading service with the course module it reads through, the real imaging index, accounts and audit listener,
 * on the suite's database, with method security on (who may save is part of the rules tested here). Each test is
 * rolled back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcSliceTest
@Import({
    ReadingService.class,
    SubmittedReadAskPolicy.class,
    AnnotationRules.class,
    CaseImages.class,
    ReadingConfiguration.class,
    UserService.class,
    TestUsers.class,
    ReadingSliceTest.Collaborators.class
})
@interface ReadingSliceTest {

    Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    @EnableMethodSecurity
    @ComponentScan(
            basePackageClasses = {CaseService.class, AuditService.class, ImagingIndex.class},
            // the other features' own slice configurations live in those packages too
            excludeFilters = @ComponentScan.Filter(TestConfiguration.class))
    class Collaborators {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }

        /** Every image is cleared by the redaction review. */
        @Bean
        PublicationCheck nothingWaits() {
            return studies -> List.of();
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder(4);
        }
    }
}
