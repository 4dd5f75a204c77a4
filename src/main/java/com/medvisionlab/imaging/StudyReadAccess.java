package com.medvisionlab.imaging;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Who may read which studies, decided by the course model (researchers everything; students the studies of
 * published cases in their courses; guests those of published demo cases). DICOMweb and the viewer ask this, never
 * decide themselves.
 */
public interface StudyReadAccess {

    /** @param who the signed-in user, or null / anonymous for a guest */
    StudyScope scopeFor(@Nullable Authentication who);
}
