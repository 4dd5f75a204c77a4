package com.medvisionlab.course;

import com.medvisionlab.imaging.StudyReadAccess;
import com.medvisionlab.imaging.StudyScope;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read which case and which study (see the package documentation for the rule). DICOMweb and the viewers ask
 * {@link #scopeFor}; pages showing a case ask {@link #canView}.
 */
@Service
@Transactional(readOnly = true)
public class CaseAccess implements StudyReadAccess {

    private final CaseVisibility visibility;
    private final TeachingCaseRepository cases;
    private final Clock clock;

    CaseAccess(CaseVisibility visibility, TeachingCaseRepository cases, Clock clock) {
        this.visibility = visibility;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public StudyScope scopeFor(@Nullable Authentication who) {
        var reader = Reader.of(who);
        if (reader.author()) {
            return StudyScope.ALL;
        }
        return new StudyScope.Only(visibility.studies(reader, clock.instant()));
    }

    /** @param who the signed-in user, or null / anonymous for a guest */
    public boolean canView(@Nullable Authentication who, long caseId) {
        var reader = Reader.of(who);
        if (reader.author()) {
            return cases.existsById(caseId);
        }
        return visibility.caseVisible(reader, caseId, clock.instant());
    }
}
