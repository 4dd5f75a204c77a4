package com.medvisionlab.dicom.io;

import com.medvisionlab.dicom.data.BinaryValue;
import com.medvisionlab.dicom.data.BulkData;
import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Fragments;
import com.medvisionlab.dicom.data.InlineBytes;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.VR;
import java.util.ArrayDeque;
import java.util.Deque;

/** Builds an in-memory {@link Dataset} from parse events. */
final class DatasetBuilder implements DicomInputHandler {

    private final Dataset root;
    private final Deque<Dataset> datasets = new ArrayDeque<>();
    private final Deque<Sequence> sequences = new ArrayDeque<>();
    private Fragments fragments;
    private boolean offsetTablePending;

    DatasetBuilder(Dataset root) {
        this.root = root;
        datasets.push(root);
    }

    Dataset root() {
        return root;
    }

    @Override
    public void element(int tag, VR vr, BinaryValue value) {
        // instanceof rather than a pattern switch: this runs for every element read, and a type switch is an
        // invokedynamic call site that is slow until the JIT has compiled it
        if (value instanceof InlineBytes inline) {
            datasets.peek().setBytes(tag, vr, inline.bytes());
        } else {
            datasets.peek().setBulkData(tag, vr, (BulkData) value);
        }
    }

    @Override
    public void startSequence(int tag, VR vr) {
        sequences.push(datasets.peek().newSequence(tag));
    }

    @Override
    public void startItem() {
        datasets.push(sequences.peek().addItem());
    }

    @Override
    public void endItem() {
        datasets.pop();
    }

    @Override
    public void endSequence() {
        sequences.pop();
    }

    @Override
    public void startFragments(int tag, VR vr) {
        fragments = new Fragments(vr);
        offsetTablePending = true;
        datasets.peek().setFragments(tag, fragments);
    }

    @Override
    public void fragment(BinaryValue value) {
        if (offsetTablePending) {
            fragments.setBasicOffsetTable(value);
            offsetTablePending = false;
        } else {
            fragments.add(value);
        }
    }

    @Override
    public void endFragments() {
        fragments = null;
    }
}
