package com.medvisionlab.course;

import com.medvisionlab.imaging.StudyReadAccess;
import com.medvisionlab.imaging.StudyScope;
import java.time.Clock;
import java.util.Optional;
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

    /**
     * The case, when {@code who} may view it; not audited (callers audit what they do with it, e.g. saving
     * annotations). Empty for a case that is not visible or does not exist, alike.
     */
    public Optional<CaseView> visibleCase(@Nullable Authentication who, long caseId) {
        return canView(who, caseId) ? cases.findById(caseId).map(TeachingCase::toView) : Optional.empty();
    }
}
