package com.medvisionlab.deid.report;

import java.util.Collection;
import java.util.Map;

/** Minimal JSON text writer for the report (maps, collections, strings, numbers, booleans). */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int indent) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(s, out);
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            case Map<?, ?> m -> {
                out.append('{');
                String sep = "";
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    out.append(sep).append('\n').append("  ".repeat(indent + 1));
                    string(String.valueOf(e.getKey()), out);
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
            default -> string(value.toString(), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
