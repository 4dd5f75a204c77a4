package com.medvisionlab.dicom.dict;

import com.medvisionlab.dicom.DicomException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Names of storage SOP class UIDs (PS3.4 Annex B), from the generated {@code sop-classes.tsv}. */
public final class UidDictionary {

    private static final Map<String, String> SOP_CLASS_NAMES = load();

    private UidDictionary() {}

    /** "CT Image Storage" for 1.2.840.10008.5.1.4.1.1.2; empty for UIDs that are no storage SOP class. */
    public static Optional<String> sopClassName(String uid) {
        return Optional.ofNullable(SOP_CLASS_NAMES.get(uid.strip()));
    }

    private static Map<String, String> load() {
        try (InputStream in = UidDictionary.class.getResourceAsStream("sop-classes.tsv")) {
            if (in == null) {
                throw new DicomException("dictionary resource sop-classes.tsv is missing from the classpath");
            }
            Map<String, String> names = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    names.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
            return Map.copyOf(names);
        } catch (IOException e) {
            throw new DicomException("cannot read dictionary resource sop-classes.tsv: " + e.getMessage(), e);
        }
    }
}
