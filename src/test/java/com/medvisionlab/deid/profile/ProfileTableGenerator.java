package com.medvisionlab.deid.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the compact profile resource {@code table-e1-1.tsv} from the shared JSON copy of PS3.15 Table E.1-1,
 * joined with PS3.6 keywords. Run {@code main} after updating ../shared/dicom-standard; the test
 * {@code ProfileTableResourceTest} fails when the checked-in resource is stale.
 *
 * <p>The JSON is a flat array of flat objects with string values, so a small regex reader suffices and keeps the
 * generator free of a JSON library.
 */
public final class ProfileTableGenerator {

    static final Path STANDARD_DIR = Path.of("../shared/dicom-standard");
    static final Path RESOURCE = Path.of("src/main/resources/com/medvisionlab/deid/profile/table-e1-1.tsv");

    private static final Pattern OBJECT = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private ProfileTableGenerator() {}

    public static void main(String[] args) throws IOException {
        Path dir = args.length > 0 ? Path.of(args[0]) : STANDARD_DIR;
        Files.writeString(RESOURCE, generate(dir), StandardCharsets.UTF_8);
        System.out.println("wrote " + RESOURCE.toAbsolutePath());
    }

    static String generate(Path standardDir) throws IOException {
        Map<String, String> keywords = new HashMap<>();
        for (Map<String, String> a : readObjects(standardDir.resolve("attributes.json"))) {
            keywords.put(a.getOrDefault("id", ""), a.getOrDefault("keyword", ""));
        }
        List<String> rows = new ArrayList<>();
        for (Map<String, String> r : readObjects(standardDir.resolve("confidentiality_profile_attributes.json"))) {
            String id = r.get("id");
            String tag = id.startsWith("gggg") ? ProfileTable.PRIVATE_PATTERN : id.toLowerCase();
            String keyword = keywords.getOrDefault(id, "");
            if (keyword.isEmpty()) {
                keyword = r.get("name").replaceAll("[^A-Za-z0-9]", "");
            }
            StringBuilder line = new StringBuilder(tag)
                    .append('\t')
                    .append(keyword)
                    .append('\t')
                    .append(r.get("basicProfile"));
            for (ProfileColumn column : ProfileColumn.values()) {
                line.append('\t').append(r.getOrDefault(column.jsonKey(), "-"));
            }
            rows.add(line.toString());
        }
        rows.sort(null);
        StringBuilder out = new StringBuilder();
        out.append("# generated from PS3.15 2024b Table E.1-1 (confidentiality_profile_attributes.json) ")
                .append("joined with PS3.6 keywords by ProfileTableGenerator, do not edit\n");
        out.append("# tag\tkeyword\tbasic");
        for (ProfileColumn column : ProfileColumn.values()) {
            out.append('\t').append(column.jsonKey());
        }
        out.append('\n');
        rows.forEach(r -> out.append(r).append('\n'));
        return out.toString();
    }

    private static List<Map<String, String>> readObjects(Path json) throws IOException {
        String text = Files.readString(json, StandardCharsets.UTF_8);
        List<Map<String, String>> objects = new ArrayList<>();
        Matcher o = OBJECT.matcher(text);
        while (o.find()) {
            Map<String, String> fields = new HashMap<>();
            Matcher f = FIELD.matcher(o.group(1));
            while (f.find()) {
                fields.put(f.group(1), f.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
            }
            objects.add(fields);
        }
        return objects;
    }
}
