package com.medvisionlab.imaging;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * A Data JDBC slice with the index and Flyway's schema, on the suite's database (private H2, or PostgreSQL when
 * SPRING_DATASOURCE_URL says so). Each test runs in a transaction that is rolled back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ImagingIndex.class, IndexRows.class, IndexQueries.class, ImagingSliceTest.FixedClock.class})
@interface ImagingSliceTest {

    Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @TestConfiguration(proxyBeanMethods = false)
    class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }
}
