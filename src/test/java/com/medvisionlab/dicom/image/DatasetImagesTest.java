package com.medvisionlab.dicom.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import org.junit.jupiter.api.Test;

class DatasetImagesTest {

    private static Dataset ctHeader() {
        Dataset ds = new Dataset();
        ds.setInts(Tags.Rows, VR.US, 2);
        ds.setInts(Tags.Columns, VR.US, 3);
        ds.setInts(Tags.SamplesPerPixel, VR.US, 1);
        ds.setString(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInts(Tags.BitsAllocated, VR.US, 16);
        ds.setInts(Tags.BitsStored, VR.US, 12);
        ds.setInts(Tags.HighBit, VR.US, 11);
        ds.setInts(Tags.PixelRepresentation, VR.US, 1);
        return ds;
    }

    @Test
    void descriptor_reads_the_image_pixel_module() {
        Dataset ds = ctHeader();
        ds.setString(Tags.NumberOfFrames, VR.IS, "4");
        ImageDescriptor d = ImageDescriptor.from(ds);
        assertThat(d.rows()).isEqualTo(2);
        assertThat(d.columns()).isEqualTo(3);
        assertThat(d.bitsStored()).isEqualTo(12);
        assertThat(d.pixelRepresentation()).isEqualTo(PixelRepresentation.SIGNED);
        assertThat(d.numberOfFrames()).isEqualTo(4);
    }

    @Test
    void a_missing_required_attribute_is_named_in_the_error() {
        Dataset ds = ctHeader();
        ds.remove(Tags.Rows);
        assertThatThrownBy(() -> ImageDescriptor.from(ds))
                .isInstanceOf(PixelDataException.class)
                .hasMessage("Image lacks Rows (0028,0010)");
    }

    @Test
    void display_settings_take_rescale_and_the_first_window_with_its_function() {
        Dataset ds = ctHeader();
        ds.setString(Tags.RescaleSlope, VR.DS, "2");
        ds.setString(Tags.RescaleIntercept, VR.DS, "-1024");
        ds.setString(Tags.WindowCenter, VR.DS, "40", "300");
        ds.setString(Tags.WindowWidth, VR.DS, "400", "1500");
        ds.setString(Tags.VOILUTFunction, VR.CS, "SIGMOID");
        DisplaySettings settings = DisplaySettings.from(ds);
        assertThat(settings.modality().apply(600)).isEqualTo(176.0);
        assertThat(settings.window()).contains(new VoiWindow(40, 400, VoiFunction.SIGMOID));
    }

    @Test
    void a_modality_lut_sequence_replaces_the_rescale() {
        Dataset ds = ctHeader();
        Dataset item = ds.newSequence(Tags.ModalityLUTSequence).addItem();
        item.setInts(Tags.LUTDescriptor, VR.US, 3, 100, 16);
        item.setBytes(Tags.LUTData, VR.OW, new byte[] {10, 0, 20, 0, 30, 0});
        DisplaySettings settings = DisplaySettings.from(ds);
        assertThat(settings.modality().apply(99)).isEqualTo(10.0);
        assertThat(settings.modality().apply(101)).isEqualTo(20.0);
        assertThat(settings.modality().apply(500)).isEqualTo(30.0);
    }
}
