package com.medvisionlab.dicom.oracle;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Compares pydicom's element lines with ours: same paths, VRs, kinds and (numerically equal) values. */
final class OracleComparison {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One element line split into its fields. */
    record Line(String path, String vr, String kind, String payload) {
        static Line parse(String line) {
            String[] f = line.split("\t", 4);
            return new Line(f[0], f[1], f[2], f.length > 3 ? f[3] : "");
        }

        String canonicalPayload() {
            return canonical(JSON.readTree(payload));
        }
    }

    /** A tolerated, documented difference between pydicom and us. */
    interface Exemption {
        boolean covers(Line pydicom, Line ours);
    }

    private OracleComparison() {}

    static List<String> differences(List<String> pydicomLines, List<String> ourLines, List<Exemption> exemptions) {
        Map<String, Line> theirs = index(pydicomLines);
        Map<String, Line> ours = index(ourLines);
        List<String> diffs = new ArrayList<>();
        for (Line p : theirs.values()) {
            Line o = ours.get(p.path());
            if (o == null) {
                if (!isInsideExemptSequence(p.path(), theirs, ours, exemptions)) {
                    diffs.add("missing in ours: " + p);
                }
                continue;
            }
            boolean same = p.vr().equals(o.vr())
                    && p.kind().equals(o.kind())
                    && p.canonicalPayload().equals(o.canonicalPayload());
            if (!same && exemptions.stream().noneMatch(e -> e.covers(p, o))) {
                diffs.add("pydicom " + p + "\n   ours " + o);
            }
        }
        for (Line o : ours.values()) {
            if (!theirs.containsKey(o.path()) && !isInsideExemptSequence(o.path(), theirs, ours, exemptions)) {
                diffs.add("extra in ours: " + o);
            }
        }
        return diffs;
    }

    /** Children of an element whose difference is exempt (e.g. private sequence read as bytes) are exempt too. */
    private static boolean isInsideExemptSequence(
            String path, Map<String, Line> theirs, Map<String, Line> ours, List<Exemption> exemptions) {
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            String parent = path.substring(0, slash);
            Line p = theirs.get(parent);
            Line o = ours.get(parent);
            if (p != null
                    && o != null
                    && !p.kind().equals(o.kind())
                    && exemptions.stream().anyMatch(e -> e.covers(p, o))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Line> index(List<String> lines) {
        Map<String, Line> map = new LinkedHashMap<>();
        for (String line : lines) {
            Line parsed = Line.parse(line);
            map.put(parsed.path(), parsed);
        }
        return map;
    }

    private static String canonical(JsonNode node) {
        if (node.isNumber()) {
            BigDecimal d = node.decimalValue();
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (node.isArray()) {
            StringBuilder b = new StringBuilder("[");
            for (JsonNode child : node) {
                b.append(canonical(child)).append(',');
            }
            return b.append(']').toString();
        }
        return node.toString();
    }
}
