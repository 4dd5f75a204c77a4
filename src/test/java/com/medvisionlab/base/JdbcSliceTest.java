package com.medvisionlab.base;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;

/**
 * A {@code @DataJdbcTest} on the configured database (in-memory H2, or PostgreSQL when SPRING_DATASOURCE_URL says so;
 * no embedded replacement), with what the shared kernel gives the application: the plain lower-case JDBC identifiers,
 * the clock and base's own audit actions. Each test runs in a transaction that is rolled back; the PostgreSQL
 * database is shared between runs, so tests use unique names and compare counts, not absolute numbers.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(BaseConfiguration.class)
public @interface JdbcSliceTest {}
