package com.medvisionlab.dicom.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Encapsulated pixel data (PS3.5 A.4): the basic offset table item and the fragments that follow it. */
public final class Fragments {

    private final VR vr;
    private BinaryValue basicOffsetTable = new InlineBytes(new byte[0]);
    private final List<BinaryValue> fragments = new ArrayList<>();

    public Fragments(VR vr) {
        this.vr = vr;
    }

    public VR vr() {
        return vr;
    }

    public BinaryValue basicOffsetTable() {
        return basicOffsetTable;
    }

    public void setBasicOffsetTable(BinaryValue table) {
        this.basicOffsetTable = table;
    }

    public List<BinaryValue> fragments() {
        return Collections.unmodifiableList(fragments);
    }

    public void add(BinaryValue fragment) {
        fragments.add(fragment);
    }
}
