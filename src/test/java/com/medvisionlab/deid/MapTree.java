package com.medvisionlab.deid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** In-memory {@link AttributeTree} for engine tests that need no file. */
final class MapTree implements AttributeTree {

    private record Element(String vr, List<String> values, byte[] bytes, List<MapTree> items) {
    }

    private final TreeMap<Integer, Element> elements = new TreeMap<>(Integer::compareUnsigned);

    MapTree put(int tag, String vr, String... values) {
        elements.put(tag, new Element(vr, List.of(values), null, List.of()));
        return this;
    }

    MapTree putBytes(int tag, String vr, byte[] bytes) {
        elements.put(tag, new Element(vr, List.of(), bytes, List.of()));
        return this;
    }

    MapTree putSequence(int tag, MapTree... items) {
        elements.put(tag, new Element("SQ", List.of(), null, new ArrayList<>(Arrays.asList(items))));
        return this;
    }

    boolean has(int tag) {
        return elements.containsKey(tag);
    }

    String string(int tag) {
        return String.join("\\", strings(tag));
    }

    @Override
    public int[] tags() {
        return elements.keySet().stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String vr(int tag) {
        Element e = elements.get(tag);
        return e == null ? "UN" : e.vr();
    }

    @Override
    public List<String> strings(int tag) {
        Element e = elements.get(tag);
        return e == null ? List.of() : e.values();
    }

    @Override
    public Optional<byte[]> bytes(int tag) {
        Element e = elements.get(tag);
        return e == null ? Optional.empty() : Optional.ofNullable(e.bytes());
    }

    @Override
    public List<MapTree> items(int tag) {
        Element e = elements.get(tag);
        return e == null ? List.of() : e.items();
    }

    @Override
    public Optional<String> privateCreatorOf(int tag) {
        int creator = (tag & 0xFFFF0000) | ((tag >>> 8) & 0xFF);
        return Optional.ofNullable(elements.get(creator)).flatMap(e -> e.values().stream().findFirst());
    }

    @Override
    public void setStrings(int tag, String vr, List<String> values) {
        elements.put(tag, new Element(vr, List.copyOf(values), null, List.of()));
    }

    @Override
    public void setEmpty(int tag, String vr) {
        elements.put(tag, new Element(vr, List.of(), null, new ArrayList<>()));
    }

    @Override
    public void remove(int tag) {
        elements.remove(tag);
    }

    @Override
    public MapTree addItem(int tag) {
        Element e = elements.get(tag);
        if (e == null || !"SQ".equals(e.vr())) {
            e = new Element("SQ", List.of(), null, new ArrayList<>());
            elements.put(tag, e);
        }
        MapTree item = new MapTree();
        e.items().add(item);
        return item;
    }

    @Override
    public <T> Optional<T> unwrap(Class<T> type) {
        return Optional.empty();
    }
}
