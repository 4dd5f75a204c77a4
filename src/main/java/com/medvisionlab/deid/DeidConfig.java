package com.medvisionlab.deid;

import com.medvisionlab.deid.profile.ProfileColumn;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What to apply to each file: a preset plus any extra options. Immutable; build with {@link #of(DeidPreset)} and
 * {@link #with(DeidOption)}.
 */
public record DeidConfig(DeidPreset preset, Set<DeidOption> extraOptions) {

    public DeidConfig {
        extraOptions = Set.copyOf(extraOptions);
        if (has(preset, extraOptions, DeidOption.RETAIN_LONGITUDINAL_FULL_DATES)
                && has(preset, extraOptions, DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES)) {
            throw new InvalidDeidConfigException(
                    "RETAIN_LONGITUDINAL_FULL_DATES and RETAIN_LONGITUDINAL_MODIFIED_DATES exclude each other");
        }
    }

    public static DeidConfig of(DeidPreset preset) {
        return new DeidConfig(preset, Set.of());
    }

    public DeidConfig with(DeidOption option) {
        EnumSet<DeidOption> more = EnumSet.noneOf(DeidOption.class);
        more.addAll(extraOptions);
        more.add(option);
        return new DeidConfig(preset, more);
    }

    public Set<DeidOption> options() {
        EnumSet<DeidOption> all = EnumSet.noneOf(DeidOption.class);
        all.addAll(preset.options());
        all.addAll(extraOptions);
        return all;
    }

    public boolean has(DeidOption option) {
        return has(preset, extraOptions, option);
    }

    Set<ProfileColumn> activeColumns() {
        return options().stream().flatMap(o -> o.column().stream()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Values for De-identification Method (0012,0063), LO with VM 1-n: one value per fact so none exceeds the
     * 64-character LO limit, e.g. ["MedVision Lab PS3.15 Basic Profile", "preset teaching", "CLEAN_DESCRIPTORS", ...].
     */
    public List<String> methodDescription() {
        List<String> values = new ArrayList<>();
        values.add("MedVision Lab PS3.15 Basic Profile");
        values.add("preset " + preset.id());
        options().stream().map(Enum::name).sorted().forEach(values::add);
        return List.copyOf(values);
    }

    private static boolean has(DeidPreset preset, Set<DeidOption> extra, DeidOption option) {
        return preset.options().contains(option) || extra.contains(option);
    }
}
