package com.medvisionlab.secondopinion;

import java.util.List;
import java.util.Optional;

/** The engines configured side by side (servers from configuration, classifiers registered by researchers). */
public interface SecondOpinionEngines {

    List<SecondOpinionEngine> all();

    Optional<SecondOpinionEngine> byId(String engineId);
}
