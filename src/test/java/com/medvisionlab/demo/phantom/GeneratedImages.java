package com.medvisionlab.demo.phantom;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.ReadOptions;
import java.io.ByteArrayInputStream;

/** Reads a generated object back from its encoded bytes, as a viewer would: header values and stored samples. */
record GeneratedImages(Dataset dataset, int[] samples) {

    static GeneratedImages decode(GeneratedObject object) {
        var file = DicomReader.read(
                new ByteArrayInputStream(object.encode()),
                object.name(),
                ReadOptions.builder().loadAllValues().build());
        Dataset ds = file.dataset();
        byte[] bytes = ds.getBytes(Tags.PixelData).orElseThrow();
        boolean signed = ds.getInt(Tags.PixelRepresentation).orElseThrow() == 1;
        int[] samples = new int[bytes.length / 2];
        for (int i = 0; i < samples.length; i++) {
            int v = (bytes[2 * i] & 0xFF) | (bytes[2 * i + 1] & 0xFF) << 8;
            samples[i] = signed ? (short) v : v;
        }
        return new GeneratedImages(ds, samples);
    }

    double[] doubles(int tag) {
        return dataset.getDoubles(tag);
    }
}
