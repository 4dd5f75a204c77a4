package com.medvisionlab.base;

import java.util.Optional;

/**
 * Remembers a signed-in user's language. Implemented by the security feature (which owns the user rows), so the
 * shell can remember the choice without depending on it.
 */
public interface PreferredLanguages {

    Optional<SupportedLanguage> of(String username);

    void remember(String username, SupportedLanguage language);
}
