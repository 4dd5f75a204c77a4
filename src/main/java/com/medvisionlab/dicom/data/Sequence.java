package com.medvisionlab.dicom.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** The items of a sequence (SQ) element; each item is a {@link Dataset} whose parent is the owning dataset. */
public final class Sequence implements Iterable<Dataset> {

    private final Dataset owner;
    private final List<Dataset> items = new ArrayList<>();

    Sequence(Dataset owner) {
        this.owner = owner;
    }

    /** Appends a new empty item that inherits the owner's character set. */
    public Dataset addItem() {
        Dataset item = new Dataset(owner);
        items.add(item);
        return item;
    }

    public List<Dataset> items() {
        return Collections.unmodifiableList(items);
    }

    public Dataset get(int index) {
        return items.get(index);
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    @Override
    public Iterator<Dataset> iterator() {
        return items().iterator();
    }
}
