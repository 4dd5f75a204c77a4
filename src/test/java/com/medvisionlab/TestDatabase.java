package com.medvisionlab;

import java.util.Optional;

/** Which database the suite runs on: PostgreSQL when SPRING_DATASOURCE_URL says so, else in-memory H2. */
public final class TestDatabase {

    private TestDatabase() {}

    public static Optional<String> postgresUrl() {
        return Optional.ofNullable(System.getenv("SPRING_DATASOURCE_URL"))
                .filter(url -> url.startsWith("jdbc:postgresql:"));
    }

    /** A fresh, private H2 database; for tests that need an empty database or tamper with rows. */
    public static final String PRIVATE_H2 = "spring.datasource.url=jdbc:h2:mem:private-${random.uuid};MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
}
