package com.medvisionlab.cli;

import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.dict.UidDictionary;
import com.medvisionlab.dicom.dump.DatasetDumper;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.json.DicomJsonWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dump [--json] FILE...}: prints each file like dcmdump, or with {@code --json} one line per file,
 * {@code {"file":..,"dataset":<DICOM JSON>}} or {@code {"file":..,"error":..}}. Exit 0 when every file parsed, 2 otherwise.
 */
@Command(name = "dump", description = "Print DICOM files as text (like dcmdump) or as one DICOM JSON object per line.")
final class DumpCommand implements Callable<Integer> {

    @Option(names = "--json", description = "One JSON object per file and line: the DICOM JSON model without group 0002.")
    private boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "DICOM files (Part 10 or bare datasets).")
    private List<String> files;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allParsed = true;
        for (String file : files) {
            String problem = null;
            try {
                DicomFile dicom = DicomReader.read(Path.of(file));
                if (json) {
                    out.println("{\"file\":" + DicomJsonWriter.quote(file) + ",\"dataset\":" + DicomJsonWriter.toJson(dicom.dataset()) + "}");
                } else {
                    String sopClass = dicom.dataset().getString(Tags.SOPClassUID).flatMap(UidDictionary::sopClassName)
                            .orElse("unknown SOP class");
                    out.println("# " + file + ": " + sopClass + ", " + dicom.transferSyntax().name());
                    out.print(DatasetDumper.dump(dicom.fileMeta()));
                    out.print(DatasetDumper.dump(dicom.dataset()));
                }
            } catch (DicomException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                // a bug must not show a stack trace to the user; the message still says which file
                problem = file + ": unexpected " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            }
            if (problem != null) {
                allParsed = false;
                if (json) {
                    out.println("{\"file\":" + DicomJsonWriter.quote(file) + ",\"error\":" + DicomJsonWriter.quote(problem) + "}");
                } else {
                    err.println("error: " + problem);
                }
            }
            out.flush();
        }
        return allParsed ? 0 : FriendlyErrors.USAGE_ERROR;
    }

}
