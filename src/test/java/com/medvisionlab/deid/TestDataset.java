package com.medvisionlab.deid;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.VR;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds a real {@link Dataset} for engine tests that need no file, and reads values back for their assertions.
 * Elements are stored in the order given when {@link #build()} runs, so text is encoded with the character set of
 * the dataset (or, in an item, of the dataset holding it) as a reader would find it: put (0008,0005) first.
 */
final class TestDataset {

    private final List<Consumer<Dataset>> elements = new ArrayList<>();

    TestDataset put(int tag, VR vr, String... values) {
        elements.add(dataset -> dataset.setString(tag, vr, values));
        return this;
    }

    TestDataset putInts(int tag, VR vr, int... values) {
        elements.add(dataset -> dataset.setInts(tag, vr, values));
        return this;
    }

    TestDataset putBytes(int tag, VR vr, byte[] bytes) {
        elements.add(dataset -> dataset.setBytes(tag, vr, bytes.clone()));
        return this;
    }

    TestDataset putSequence(int tag, TestDataset... items) {
        elements.add(dataset -> {
            Sequence sequence = dataset.newSequence(tag);
            for (TestDataset item : items) {
                item.fill(sequence.addItem());
            }
        });
        return this;
    }

    /** A new dataset holding the elements; each call gives an independent one. */
    Dataset build() {
        Dataset dataset = new Dataset();
        fill(dataset);
        return dataset;
    }

    private void fill(Dataset dataset) {
        elements.forEach(element -> element.accept(dataset));
    }

    /** All values joined with backslashes, as the element would show them; empty when absent. */
    static String text(Dataset dataset, int tag) {
        return String.join("\\", dataset.getStrings(tag));
    }

    static List<Dataset> items(Dataset dataset, int tag) {
        return dataset.getSequence(tag).map(Sequence::items).orElse(List.of());
    }
}
