package com.medvisionlab.demo;

import java.util.List;

/**
 * The de-identified UIDs the generated images were stored under (ingest remaps every UID with the installation's
 * secret, so they are known only after ingest).
 *
 * @param ctSliceUids SOP Instance UIDs of the CT slices, in slice order
 */
record DemoStudies(
        String ctStudyUid,
        String ctSeriesUid,
        List<String> ctSliceUids,
        String radiographStudyUid,
        String radiographUid) {

    DemoStudies {
        ctSliceUids = List.copyOf(ctSliceUids);
    }

    String ctSliceUid(int index) {
        return ctSliceUids.get(index);
    }
}
