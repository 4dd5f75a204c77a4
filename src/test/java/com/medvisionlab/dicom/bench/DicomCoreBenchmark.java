package com.medvisionlab.dicom.bench;

import com.medvisionlab.dicom.data.Dataset;
import com.medvisionlab.dicom.data.Sequence;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.data.VR;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.io.DicomWriter;
import com.medvisionlab.dicom.io.ReadOptions;
import com.medvisionlab.dicom.io.TransferSyntax;
import com.medvisionlab.dicom.io.WriteOptions;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Reader/writer throughput on synthetic 512x512 16-bit CT slices with a realistic header, against a plain file copy
 * of the same bytes in the same run. {@link #main} prints MB/s per benchmark and the round-trip/copy ratio.
 * Run with {@code bench/dicom-core.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
public class DicomCoreBenchmark {

    private Path dir;
    private Path slice;
    private Path target;

    @Setup(Level.Trial)
    public void createSlice() throws IOException {
        dir = Files.createTempDirectory("dicom-bench");
        slice = dir.resolve("ct.dcm");
        target = dir.resolve("out.dcm");
        writeSyntheticCtSlice(slice);
    }

    @TearDown(Level.Trial)
    public void cleanUp() throws IOException {
        Files.deleteIfExists(slice);
        Files.deleteIfExists(target);
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public Dataset headerOnly() {
        return DicomReader.read(
                        slice,
                        ReadOptions.builder()
                                .pixelData(ReadOptions.PixelDataHandling.STOP_BEFORE)
                                .build())
                .dataset();
    }

    @Benchmark
    public void readWriteRoundTrip() {
        DicomFile file =
                DicomReader.read(slice, ReadOptions.builder().loadAllValues().build());
        DicomWriter.write(file, target, WriteOptions.defaults());
    }

    @Benchmark
    public long plainFileCopy() throws IOException {
        try (InputStream in = Files.newInputStream(slice);
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 64 * 1024)) {
            return in.transferTo(out);
        }
    }

    static void writeSyntheticCtSlice(Path path) {
        Dataset ds = new Dataset();
        ds.setString(Tags.SpecificCharacterSet, VR.CS, "ISO_IR 100");
        ds.setString(Tags.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
        ds.setString(Tags.SOPClassUID, VR.UI, "1.2.840.10008.5.1.4.1.1.2");
        ds.setString(Tags.SOPInstanceUID, VR.UI, "2.25.1234567890123456789012345678901234");
        ds.setString(Tags.StudyDate, VR.DA, "20260101");
        ds.setString(Tags.StudyTime, VR.TM, "101010.123");
        ds.setString(Tags.AccessionNumber, VR.SH, "ACC0001");
        ds.setString(Tags.Modality, VR.CS, "CT");
        ds.setString(Tags.Manufacturer, VR.LO, "MedVision Synthetic");
        ds.setString(Tags.InstitutionName, VR.LO, "Teaching Hospital");
        ds.setString(Tags.ReferringPhysicianName, VR.PN, "Doe^Jane");
        ds.setString(Tags.StudyDescription, VR.LO, "CT CHEST W/O CONTRAST");
        ds.setString(Tags.SeriesDescription, VR.LO, "AXIAL 1.25mm LUNG");
        Sequence procedure = ds.newSequence(Tags.ProcedureCodeSequence);
        Dataset code = procedure.addItem();
        code.setString(Tags.CodeValue, VR.SH, "24627-2");
        code.setString(Tags.CodingSchemeDesignator, VR.SH, "LN");
        code.setString(Tags.CodeMeaning, VR.LO, "CT Chest");
        ds.setString(Tags.PatientName, VR.PN, "Müller^Hans");
        ds.setString(Tags.PatientID, VR.LO, "PID000001");
        ds.setString(Tags.PatientBirthDate, VR.DA, "19700101");
        ds.setString(Tags.PatientSex, VR.CS, "M");
        ds.setString(Tags.SliceThickness, VR.DS, "1.25");
        ds.setString(Tags.KVP, VR.DS, "120");
        ds.setString(Tags.StudyInstanceUID, VR.UI, "2.25.1111111111111111111111111111111");
        ds.setString(Tags.SeriesInstanceUID, VR.UI, "2.25.2222222222222222222222222222222");
        ds.setString(Tags.InstanceNumber, VR.IS, "42");
        ds.setString(Tags.ImagePositionPatient, VR.DS, "-250.000", "-250.000", "-120.500");
        ds.setString(Tags.ImageOrientationPatient, VR.DS, "1", "0", "0", "0", "1", "0");
        ds.setString(Tags.SliceLocation, VR.DS, "-120.500");
        ds.setInts(Tags.SamplesPerPixel, VR.US, 1);
        ds.setString(Tags.PhotometricInterpretation, VR.CS, "MONOCHROME2");
        ds.setInts(Tags.Rows, VR.US, 512);
        ds.setInts(Tags.Columns, VR.US, 512);
        ds.setString(Tags.PixelSpacing, VR.DS, "0.976562", "0.976562");
        ds.setInts(Tags.BitsAllocated, VR.US, 16);
        ds.setInts(Tags.BitsStored, VR.US, 12);
        ds.setInts(Tags.HighBit, VR.US, 11);
        ds.setInts(Tags.PixelRepresentation, VR.US, 0);
        ds.setString(Tags.WindowCenter, VR.DS, "-600");
        ds.setString(Tags.WindowWidth, VR.DS, "1500");
        ds.setString(Tags.RescaleIntercept, VR.DS, "-1024");
        ds.setString(Tags.RescaleSlope, VR.DS, "1");
        byte[] pixels = new byte[512 * 512 * 2];
        new Random(42).nextBytes(pixels);
        ds.setBytes(Tags.PixelData, VR.OW, pixels);
        DicomWriter.write(
                new DicomFile(new Dataset(), ds, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN),
                path,
                WriteOptions.defaults());
    }

    /** Runs the three benchmarks and prints MB/s and the round-trip/copy ratio. Extra args go to JMH. */
    public static void main(String[] args) throws Exception {
        Path probe = Files.createTempFile("dicom-bench", ".dcm");
        writeSyntheticCtSlice(probe);
        double megabytes = Files.size(probe) / 1e6;
        Files.delete(probe);
        var options = new OptionsBuilder()
                .parent(new CommandLineOptions(args))
                .include(DicomCoreBenchmark.class.getSimpleName())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double copy = 0;
        double roundTrip = 0;
        System.out.printf("%nsynthetic CT slice: %.2f MB%n", megabytes);
        for (RunResult r : results) {
            String name = r.getParams()
                    .getBenchmark()
                    .substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            double micros = r.getPrimaryResult().getScore();
            System.out.printf("%-20s %10.1f us/op %10.1f MB/s%n", name, micros, megabytes / (micros / 1e6));
            if (name.equals("plainFileCopy")) {
                copy = micros;
            } else if (name.equals("readWriteRoundTrip")) {
                roundTrip = micros;
            }
        }
        if (copy > 0 && roundTrip > 0) {
            System.out.printf("round trip / copy time ratio: %.2f (target <= 3.0)%n", roundTrip / copy);
        }
    }
}
