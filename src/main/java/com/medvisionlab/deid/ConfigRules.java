package com.medvisionlab.deid;

import com.medvisionlab.deid.profile.ActionResolver;
import com.medvisionlab.deid.profile.ProfileRow;
import com.medvisionlab.deid.profile.ProfileTable;
import com.medvisionlab.deid.profile.Resolution;
import com.medvisionlab.deid.profile.Treatment;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one {@link DeidConfig} means for every file of a batch, worked out once instead of per file or per element:
 * the table row and its resolved action per tag, the options really applied, and the De-identification Method
 * values. Every file of a batch has the same tags and the same configuration, so the cache hits almost always.
 * Thread-safe.
 */
final class ConfigRules {

    /** Table row and resolved action of one tag; {@link #UNLISTED} when Table E.1-1 does not list it. */
    record Rule(ProfileRow row, Resolution resolution) {
        boolean kept() {
            return resolution != null && resolution.treatment() == Treatment.KEEP;
        }
    }

    static final Rule UNLISTED = new Rule(null, null);
    /** Files with many distinct (e.g. private) tags must not grow the cache without bound. */
    private static final int MAX_CACHED_TAGS = 8192;

    private final DeidConfig config;
    private final ProfileTable table;
    private final ActionResolver resolver;
    private final ConcurrentHashMap<Integer, Rule> rules = new ConcurrentHashMap<>();
    private final Set<DeidOption> applied;
    private final List<String> methodDescription;
    private final List<DeidOption> appliedSorted;

    ConfigRules(DeidConfig config, ProfileTable table, boolean pixelsInspected) {
        this.config = config;
        this.table = table;
        this.resolver = new ActionResolver(config.activeColumns());
        Set<DeidOption> options = EnumSet.noneOf(DeidOption.class);
        for (DeidOption option : config.options()) {
            boolean pixelOption = option.column().isEmpty();
            if (!pixelOption || pixelsInspected) {
                options.add(option);
            }
        }
        this.applied = Set.copyOf(options);
        this.appliedSorted = List.copyOf(options); // EnumSet iterates in declaration order, i.e. sorted
        List<String> method = new ArrayList<>(config.methodDescription());
        method.removeIf(v -> v.startsWith("CLEAN_") && !options.contains(DeidOption.valueOf(v)));
        this.methodDescription = List.copyOf(method);
    }

    DeidConfig config() {
        return config;
    }

    /** The row and resolved action for {@code tag}, or {@link #UNLISTED}. */
    Rule rule(int tag) {
        Rule rule = rules.get(tag);
        if (rule != null) {
            return rule;
        }
        Optional<ProfileRow> row = table.row(tag);
        rule = row.isPresent() ? new Rule(row.get(), resolver.resolve(row.get())) : UNLISTED;
        if (rules.size() < MAX_CACHED_TAGS) {
            rules.put(tag, rule);
        }
        return rule;
    }

    /** Options whose effect the engine really produces; pixel options only with a pixel-inspecting cleaner. */
    Set<DeidOption> applied() {
        return applied;
    }

    /** {@link #applied()} in declaration order, the order their codes are recorded in. */
    List<DeidOption> appliedInOrder() {
        return appliedSorted;
    }

    /** De-identification Method values: the config's description without pixel options not applied. */
    List<String> methodDescription() {
        return methodDescription;
    }
}
