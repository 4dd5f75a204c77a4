package com.medvisionlab.redaction;

import java.util.Collection;
import java.util.List;

/** What authoring asks before a case is published. */
public interface PublicationCheck {

    /**
     * The SOP Instance UIDs among these studies that still need a researcher: quarantined, or redacted
     * automatically and not yet confirmed. Empty means the studies may be published.
     */
    List<String> unconfirmedInstances(Collection<String> studyInstanceUids);
}
