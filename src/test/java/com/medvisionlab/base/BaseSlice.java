package com.medvisionlab.base;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a slice test ({@code @DataJdbcTest} and the like) needs from the shared kernel, as the application has it:
 * the plain lower-case JDBC identifiers, the clock and base's own audit actions. {@code @Import} it.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(BaseConfiguration.class)
public class BaseSlice {
}
