package com.medvisionlab.imaging;

import com.medvisionlab.security.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** PLACEHOLDER until the course model decides access: authors read everything, nobody else anything. */
@Component
class ResearchersOnlyStudyAccess implements StudyReadAccess {

    @Override
    public StudyScope scopeFor(@Nullable Authentication who) {
        boolean author = who != null
                && who.getAuthorities().stream()
                        .anyMatch(a -> Permission.AUTHOR_CASES.name().equals(a.getAuthority()));
        return author ? StudyScope.ALL : StudyScope.NONE;
    }
}
