package com.medvisionlab.deid;

import com.medvisionlab.deid.consistency.DateShifter;
import com.medvisionlab.deid.consistency.DeidSecret;
import com.medvisionlab.deid.consistency.MappingStore;
import com.medvisionlab.deid.consistency.PatientKey;
import com.medvisionlab.deid.consistency.PatientPseudonym;
import com.medvisionlab.deid.consistency.PatientPseudonymizer;
import com.medvisionlab.deid.consistency.UidRemapper;
import com.medvisionlab.deid.freetext.DescriptorCleaner;
import com.medvisionlab.deid.freetext.IdentifyingValues;
import com.medvisionlab.deid.profile.ProfileTable;
import com.medvisionlab.deid.profile.SafePrivateTags;
import com.medvisionlab.deid.report.ActionTally;
import com.medvisionlab.deid.report.Finding;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.dict.ElementDictionary;
import com.medvisionlab.dicom.io.DicomFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * De-identifies one dataset in place: PS3.15 Table E.1-1 with the configured options applied recursively, UIDs
 * remapped consistently (file meta included), the patient pseudonymized, dates shifted per patient, private
 * elements removed unless known safe, the de-identification recorded in the dataset, then an independent
 * {@link VerificationScan} of the result. Thread-safe: one engine may serve many files concurrently.
 */
public final class DeidEngine {

    private final ProfileTable table = ProfileTable.standard();
    private final SafePrivateTags safePrivate = SafePrivateTags.standard();
    private final UidRemapper uids;
    private final PatientPseudonymizer pseudonymizer;
    private final DateShifter dateShifter;
    private final PixelCleaner pixelCleaner;
    /**
     * Slices of one patient share their identifiers; compiling the cleaner's patterns once per patient is enough.
     * The map is locked only to find a patient's slot: the patterns are compiled under the slot's own lock, so a
     * worker on another patient does not wait for them.
     */
    private final Map<IdentifyingValues, CleanerSlot> cleaners = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<IdentifyingValues, CleanerSlot> eldest) {
            return size() > 16;
        }
    };

    /** One patient's cleaner, built by the first worker that asks for it. */
    private static final class CleanerSlot {
        private final IdentifyingValues identifiers;
        private DescriptorCleaner cleaner;

        CleanerSlot(IdentifyingValues identifiers) {
            this.identifiers = identifiers;
        }

        synchronized DescriptorCleaner cleaner() {
            if (cleaner == null) {
                cleaner = new DescriptorCleaner(identifiers);
            }
            return cleaner;
        }
    }

    /** The rules of the configuration last used: a batch uses one configuration for all its files. */
    private volatile ConfigRules lastRules;

    public DeidEngine(DeidSecret secret, MappingStore mappings, PixelCleaner pixelCleaner) {
        this.uids = new UidRemapper(secret, mappings);
        this.pseudonymizer = new PatientPseudonymizer(secret, mappings);
        this.dateShifter = new DateShifter(secret);
        this.pixelCleaner = pixelCleaner;
    }

    /**
     * Loads the Annex E tables and the data dictionary now (each once per JVM, as class initialisation). The CLI
     * calls this on a second thread while its main thread opens the secret and the mapping store, so the two
     * start-up costs overlap instead of both running before the first file.
     */
    public static void preloadTables() {
        ProfileTable.standard();
        SafePrivateTags.standard();
        ElementDictionary.standard();
    }

    /** De-identifies a parsed file in place (file meta and dataset); write it out only if not quarantined. */
    public DeidResult deidentify(DicomFile file, DeidConfig config) {
        if (file.fileMeta().getString(Tags.TransferSyntaxUID).isEmpty()) {
            // bare dataset: a pixel cleaner reads (and may update) the syntax in the meta, so make it explicit there
            file.fileMeta()
                    .setString(
                            Tags.TransferSyntaxUID, VR.UI, file.transferSyntax().uid());
        }
        return deidentify(file.fileMeta(), file.dataset(), config);
    }

    /**
     * @param fileMeta the group-0002 elements (MediaStorageSOPInstanceUID is remapped with the dataset's UIDs)
     * @param dataset  the main dataset, changed in place
     */
    public DeidResult deidentify(Dataset fileMeta, Dataset dataset, DeidConfig config) {
        ConfigRules rules = rulesFor(config);
        IdentifyingValues identifiers = new IdentifierCollector(rules).collect(dataset);
        PixelCleaner.Context pixelContext = pixelContext(fileMeta, dataset, identifiers);
        PatientKey patient = new PatientKey(
                DecodableText.first(dataset, Tags.PatientID),
                DecodableText.first(dataset, Tags.IssuerOfPatientID),
                DecodableText.first(dataset, Tags.PatientName),
                DecodableText.first(dataset, Tags.PatientBirthDate));
        PatientPseudonym pseudonym = pseudonymizer.pseudonymFor(patient);
        ActionTally tally = new ActionTally();

        new ElementProcessor(
                        rules,
                        safePrivate,
                        config,
                        uids,
                        pseudonym,
                        dateShifter.offsetDays(patient),
                        cleanerFor(identifiers),
                        tally)
                .process(dataset, TextPolicy.KEEP);
        processFileMeta(fileMeta, config, tally);

        List<String> blocking = new ArrayList<>();
        PixelCleaner.Outcome pixels = new PixelCleaner.Outcome(0, List.of());
        Set<DeidOption> applied = rules.applied();
        if (config.has(DeidOption.CLEAN_PIXEL_DATA) || config.has(DeidOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES)) {
            pixels = pixelCleaner.clean(dataset, config, pixelContext);
            blocking.addAll(pixels.residualFindings());
            if (!pixelCleaner.inspectsPixels()
                    && config.has(DeidOption.CLEAN_PIXEL_DATA)
                    && DecodableText.of(dataset, Tags.BurnedInAnnotation).contains("YES")) {
                blocking.add("Burned In Annotation is YES but no pixel cleaner is installed");
            }
        }
        record(dataset, rules, pixelCleaner.inspectsPixels(), pixels.redactedAreas());

        VerificationScan verification = new VerificationScan(identifiers);
        List<Finding> findings = new ArrayList<>(verification.scan(dataset));
        findings.addAll(verification.scan(fileMeta));
        return new DeidResult(tally, findings, blocking, pixels.boxesRedacted(), applied, pixels.redactedAreas());
    }

    private void processFileMeta(Dataset meta, DeidConfig config, ActionTally tally) {
        for (int ae : DicomTags.META_AE_TITLES) {
            if (meta.remove(ae)) {
                tally.count("SourceApplicationEntityTitle", ElementProcessor.REMOVED);
            }
        }
        if (!config.has(DeidOption.RETAIN_UIDS) && meta.contains(Tags.MediaStorageSOPInstanceUID)) {
            List<String> original = DecodableText.of(meta, Tags.MediaStorageSOPInstanceUID);
            String[] remapped = new String[original.size()];
            for (int i = 0; i < remapped.length; i++) {
                remapped[i] = uids.remap(original.get(i));
            }
            meta.setString(Tags.MediaStorageSOPInstanceUID, VR.UI, remapped);
            tally.count("MediaStorageSOPInstanceUID", ElementProcessor.UID_REMAPPED);
        }
    }

    private DescriptorCleaner cleanerFor(IdentifyingValues identifiers) {
        CleanerSlot slot;
        synchronized (cleaners) {
            slot = cleaners.get(identifiers);
            if (slot == null) {
                slot = new CleanerSlot(identifiers);
                cleaners.put(identifiers, slot);
            }
        }
        return slot.cleaner();
    }

    private ConfigRules rulesFor(DeidConfig config) {
        ConfigRules rules = lastRules;
        if (rules == null || !rules.config().equals(config)) {
            rules = new ConfigRules(config, table, pixelCleaner.inspectsPixels());
            lastRules = rules;
        }
        return rules;
    }

    /** PS3.15 E.1.1: record that and how the instance was de-identified. */
    private static void record(
            Dataset dataset, ConfigRules rules, boolean pixelsInspected, List<String> redactedAreas) {
        Set<DeidOption> applied = rules.applied();
        dataset.setString(Tags.PatientIdentityRemoved, VR.CS, "YES");
        List<String> method = rules.methodDescription();
        if (!redactedAreas.isEmpty()) {
            // Where burned-in text was blanked, one LO value per area: a reviewer can find it without a private tag.
            method = new ArrayList<>(method);
            method.addAll(redactedAreas);
        }
        dataset.setString(Tags.DeidentificationMethod, VR.LO, method.toArray(String[]::new));
        dataset.remove(Tags.DeidentificationMethodCodeSequence);
        addCode(dataset, DeidOption.BASIC_PROFILE_CODE, DeidOption.BASIC_PROFILE_MEANING);
        for (DeidOption option : rules.appliedInOrder()) {
            addCode(dataset, option.code(), option.meaning());
        }
        String longitudinal = applied.contains(DeidOption.RETAIN_LONGITUDINAL_MODIFIED_DATES)
                ? "MODIFIED"
                : applied.contains(DeidOption.RETAIN_LONGITUDINAL_FULL_DATES) ? "UNMODIFIED" : "REMOVED";
        dataset.setString(Tags.LongitudinalTemporalInformationModified, VR.CS, longitudinal);
        if (pixelsInspected && applied.contains(DeidOption.CLEAN_PIXEL_DATA)) {
            dataset.setString(Tags.BurnedInAnnotation, VR.CS, "NO");
        }
        if (pixelsInspected && applied.contains(DeidOption.CLEAN_RECOGNIZABLE_VISUAL_FEATURES)) {
            dataset.setString(Tags.RecognizableVisualFeatures, VR.CS, "NO");
        }
    }

    /** What a pixel cleaner needs from the input before the header is changed. */
    private static PixelCleaner.Context pixelContext(Dataset fileMeta, Dataset dataset, IdentifyingValues identifiers) {
        List<String> dates = new ArrayList<>();
        for (int tag : DicomTags.SCREEN_DATES) {
            dates.addAll(DecodableText.of(dataset, tag));
        }
        String sop = DecodableText.first(dataset, Tags.SOPInstanceUID);
        return new PixelCleaner.Context(
                fileMeta, identifiers, sop.isBlank() ? Optional.empty() : Optional.of(sop.strip()), dates);
    }

    private static void addCode(Dataset dataset, String code, String meaning) {
        Dataset item = dataset.getSequence(Tags.DeidentificationMethodCodeSequence)
                .orElseGet(() -> dataset.newSequence(Tags.DeidentificationMethodCodeSequence))
                .addItem();
        item.setString(Tags.CodeValue, VR.SH, code);
        item.setString(Tags.CodingSchemeDesignator, VR.SH, DeidOption.CODING_SCHEME);
        item.setString(Tags.CodeMeaning, VR.LO, meaning);
    }
}
