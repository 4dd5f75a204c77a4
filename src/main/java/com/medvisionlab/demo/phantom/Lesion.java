package com.medvisionlab.demo.phantom;

/**
 * A spherical lesion of the CT phantom, in patient coordinates (LPS, millimetres: +x patient left, +y posterior,
 * +z head). Every voxel whose centre lies within {@code radiusMm} of the centre has the lesion's HU (plus noise).
 *
 * @param id  a stable name, e.g. {@code rul-solid-nodule}
 * @param hu  the designed attenuation in Hounsfield units
 */
public record Lesion(String id, double xMm, double yMm, double zMm, double radiusMm, int hu) {

    public double diameterMm() {
        return 2 * radiusMm;
    }

    boolean contains(double x, double y, double z) {
        double dx = x - xMm;
        double dy = y - yMm;
        double dz = z - zMm;
        return dx * dx + dy * dy + dz * dz <= radiusMm * radiusMm;
    }
}
