package com.medvisionlab.deid.report;

import com.medvisionlab.dicom.json.JsonString;
import java.util.Collection;
import java.util.Map;

/** Minimal JSON text writer for the report (maps, collections, strings, numbers, booleans). */
final class Json {

    private Json() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int indent) {
        switch (value) {
            case null -> out.append("null");
            case String s -> JsonString.appendQuoted(out, s);
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case Map<?, ?> m -> {
                out.append('{');
                String sep = "";
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.append(sep).append('\n').append("  ".repeat(indent + 1));
                    JsonString.appendQuoted(out, String.valueOf(e.getKey()));
                    out.append(": ");
                    write(e.getValue(), out, indent + 1);
                    sep = ",";
                }
                if (!m.isEmpty()) {
                    out.append('\n').append("  ".repeat(indent));
                }
                out.append('}');
            }
            case Collection<?> c -> {
                out.append('[');
                String sep = "";
                for (Object o : c) {
                    out.append(sep).append('\n').append("  ".repeat(indent + 1));
                    write(o, out, indent + 1);
                    sep = ",";
                }
                if (!c.isEmpty()) {
                    out.append('\n').append("  ".repeat(indent));
                }
                out.append(']');
            }
            default -> JsonString.appendQuoted(out, value.toString());
        }
    }
}
