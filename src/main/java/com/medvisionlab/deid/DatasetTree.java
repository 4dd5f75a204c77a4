package com.medvisionlab.deid;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.MalformedValueException;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.VR;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link AttributeTree} over the DICOM data model's {@link Dataset}. */
final class DatasetTree implements AttributeTree {

    private final Dataset dataset;

    DatasetTree(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public int[] tags() {
        return dataset.tags();
    }

    @Override
    public String vr(int tag) {
        return dataset.vrOf(tag, VR.UN).name();
    }

    @Override
    public List<String> strings(int tag) {
        try {
            return dataset.getStrings(tag);
        } catch (MalformedValueException e) {
            return List.of(); // undecodable: treated as no text; the table action still applies to the element
        }
    }

    @Override
    public Optional<byte[]> bytes(int tag) {
        // Only values already in memory: bulk data (pixels) stays in its file.
        VR vr = dataset.vrOf(tag, VR.SQ); // SQ standing for "absent": neither holds bytes
        if (vr != VR.OB && vr != VR.UN && vr != VR.OW) {
            return Optional.empty();
        }
        return dataset.getValue(tag).get() instanceof byte[] bytes ? Optional.of(bytes) : Optional.empty();
    }

    @Override
    public List<DatasetTree> items(int tag) {
        Optional<Sequence> sequence = dataset.getSequence(tag);
        if (sequence.isEmpty()) {
            return List.of();
        }
        List<DatasetTree> items = new ArrayList<>();
        for (Dataset item : sequence.get().items()) {
            items.add(new DatasetTree(item));
        }
        return List.copyOf(items);
    }

    @Override
    public Optional<String> privateCreatorOf(int tag) {
        return dataset.privateCreatorOf(tag);
    }

    @Override
    public void setStrings(int tag, String vrName, List<String> values) {
        VR vr = VR.valueOf(vrName);
        switch (vr) {
            case US, SS, UL, SL -> dataset.setInts(tag, vr, ints(values));
            case FL, FD, UV, SV -> dataset.setBytes(tag, vr, binary(vr, values));
            default -> dataset.setString(tag, vr, values.toArray(String[]::new));
        }
    }

    private static int[] ints(List<String> values) {
        int[] ints = new int[values.size()];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = (int) Double.parseDouble(values.get(i));
        }
        return ints;
    }

    private static byte[] binary(VR vr, List<String> values) {
        int size = vr == VR.FL ? 4 : 8;
        ByteBuffer buffer = ByteBuffer.allocate(size * values.size()).order(ByteOrder.LITTLE_ENDIAN);
        for (String v : values) {
            switch (vr) {
                case FL -> buffer.putFloat(Float.parseFloat(v));
                case FD -> buffer.putDouble(Double.parseDouble(v));
                default -> buffer.putLong(Long.parseLong(v));
            }
        }
        return buffer.array();
    }

    @Override
    public void setEmpty(int tag, String vr) {
        dataset.setNull(tag, VR.valueOf(vr));
    }

    @Override
    public void remove(int tag) {
        dataset.remove(tag);
    }

    @Override
    public DatasetTree addItem(int tag) {
        return new DatasetTree(dataset.getSequence(tag).orElseGet(() -> dataset.newSequence(tag)).addItem());
    }

    @Override
    public <T> Optional<T> unwrap(Class<T> type) {
        return type.isInstance(dataset) ? Optional.of(type.cast(dataset)) : Optional.empty();
    }
}
