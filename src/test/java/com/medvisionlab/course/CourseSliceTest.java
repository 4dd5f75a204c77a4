package com.medvisionlab.course;

import com.medvisionlab.MutableClock;
import com.medvisionlab.audit.AuditService;
import com.medvisionlab.base.JdbcSliceTest;
import com.medvisionlab.imaging.ImagingIndex;
import com.medvisionlab.redaction.PublicationCheck;
import com.medvisionlab.security.TestUsers;
import com.medvisionlab.security.UserService;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The course services with their repositories, the real imaging index, accounts and audit listener, on the suite's
 * database; without the web, Vaadin or method security (who may call what is {@code AccessMatrixTest}'s business and
 * the {@code @PreAuthorize} annotations'). Each test is rolled back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@JdbcSliceTest
@Import({
    CourseService.class,
    CaseService.class,
    CaseAccess.class,
    CaseVisibility.class,
    CourseConfiguration.class,
    UserService.class,
    TestUsers.class,
    CourseSliceTest.Collaborators.class
})
@interface CourseSliceTest {

    Instant NOW = Instant.parse("2026-03-01T09:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    @ComponentScan(
            basePackageClasses = {AuditService.class, ImagingIndex.class},
            // the imaging tests' own slice configuration lives in that package too
            excludeFilters = @ComponentScan.Filter(TestConfiguration.class))
    class Collaborators {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NOW);
        }

        /** The redaction review as authoring sees it: tests say which images of which study still wait. */
        @Bean
        PendingReviews pendingReviews() {
            return new PendingReviews();
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return new BCryptPasswordEncoder(4);
        }
    }

    class PendingReviews implements PublicationCheck {
        private final Map<String, List<String>> waiting = new ConcurrentHashMap<>();

        void waitFor(String study, String image) {
            waiting.put(study, List.of(image));
        }

        void clear() {
            waiting.clear();
        }

        @Override
        public List<String> unconfirmedInstances(Collection<String> studyInstanceUids) {
            return studyInstanceUids.stream()
                    .flatMap(study -> waiting.getOrDefault(study, List.of()).stream())
                    .toList();
        }
    }
}
