package com.medvisionlab.dicom.dict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DictionaryUpToDateTest {

    private static final Path ATTRIBUTES = Path.of("../shared/dicom-standard/attributes.json");

    @Test
    void checked_in_dictionary_resource_and_tags_match_the_generator_output() throws Exception {
        assumeTrue(Files.isRegularFile(ATTRIBUTES), "../shared/dicom-standard is absent");
        var entries = DictionaryGenerator.entries(ATTRIBUTES);
        assertEquals(
                DictionaryGenerator.resource(entries),
                Files.readString(Path.of(DictionaryGenerator.RESOURCE)),
                "elements.tsv is stale: run DictionaryGenerator");
        assertEquals(
                DictionaryGenerator.tagsJava(entries),
                Files.readString(Path.of(DictionaryGenerator.TAGS_JAVA)),
                "Tags.java is stale: run DictionaryGenerator");
        assertEquals(
                DictionaryGenerator.sopClasses(ATTRIBUTES.resolveSibling("sops.json")),
                Files.readString(Path.of(DictionaryGenerator.SOP_CLASSES)),
                "sop-classes.tsv is stale: run DictionaryGenerator");
    }
}
