package com.medvisionlab.cli;

import com.medvisionlab.dicom.DicomException;
import com.medvisionlab.dicom.data.Tags;
import com.medvisionlab.dicom.dict.UidDictionary;
import com.medvisionlab.dicom.dump.DatasetDumper;
import com.medvisionlab.dicom.io.DicomFile;
import com.medvisionlab.dicom.io.DicomReader;
import com.medvisionlab.dicom.json.DicomJsonWriter;
import com.medvisionlab.dicom.json.JsonString;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code dump [--json] FILE...}: prints each file like dcmdump, or with {@code --json} one line per file,
 * {@code {"file":..,"dataset":<DICOM JSON>}} or {@code {"file":..,"error":..}}. Exit 0 when every file parsed, 2 otherwise.
 */
final class DumpCommand implements Command {

    private static final String JSON = "--json";
    private static final String FILE = "FILE";
    private static final CommandSpec SPEC = new CommandSpec(
            "dump",
            Text.of("cli.dump.description"),
            List.of(ParameterSpec.oneOrMore(FILE, ValueType.TEXT, "cli.dump.param.file")),
            List.of(OptionSpec.flag(JSON, "cli.dump.option.json")));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) {
        PrintWriter out = console.out();
        PrintWriter err = console.err();
        boolean json = args.flag(JSON);
        boolean allParsed = true;
        for (String file : args.parameters(FILE)) {
            String problem = null;
            try {
                DicomFile dicom = DicomReader.read(Path.of(file));
                if (json) {
                    out.println("{\"file\":" + JsonString.quote(file) + ",\"dataset\":"
                            + DicomJsonWriter.toJson(dicom.dataset()) + "}");
                } else {
                    Optional<String> sopClass =
                            dicom.dataset().getString(Tags.SOPClassUID).flatMap(UidDictionary::sopClassName);
                    out.println(
                            "# " + file + ": " + sopClass.orElseGet(() -> console.text("cli.dump.unknown-sop-class"))
                                    + ", " + dicom.transferSyntax().name());
                    out.print(DatasetDumper.dump(dicom.fileMeta()));
                    out.print(DatasetDumper.dump(dicom.dataset()));
                }
            } catch (DicomException e) {
                problem = e.getMessage();
            } catch (RuntimeException e) {
                // a bug must not show a stack trace to the user; the message still says which file
                problem = console.text(
                        "cli.dump.error.unexpected",
                        file,
                        e.getClass().getSimpleName(),
                        e.getMessage() == null ? "" : e.getMessage());
            }
            if (problem != null) {
                allParsed = false;
                if (json) {
                    out.println(
                            "{\"file\":" + JsonString.quote(file) + ",\"error\":" + JsonString.quote(problem) + "}");
                } else {
                    err.println(console.text("cli.error", problem));
                }
            }
            out.flush();
        }
        return allParsed ? SUCCESS : USAGE_ERROR;
    }
}
