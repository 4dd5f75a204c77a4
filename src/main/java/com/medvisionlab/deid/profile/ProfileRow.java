package com.medvisionlab.deid.profile;

import java.util.Map;
import java.util.Optional;

/** One row of Table E.1-1: the basic-profile action and the non-empty option cells. */
public record ProfileRow(
        String tagPattern, String keyword, ProfileAction basic, Map<ProfileColumn, ProfileAction> options) {

    public ProfileRow {
        options = Map.copyOf(options);
    }

    public Optional<ProfileAction> option(ProfileColumn column) {
        return Optional.ofNullable(options.get(column));
    }
}
