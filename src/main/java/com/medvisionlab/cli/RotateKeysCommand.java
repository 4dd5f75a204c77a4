package com.medvisionlab.cli;

import com.medvisionlab.storage.BlobStore;
import com.medvisionlab.storage.BlobStores;
import com.medvisionlab.storage.KeyRotation;
import com.medvisionlab.storage.Keyring;
import com.medvisionlab.storage.MasterKey;
import com.medvisionlab.storage.S3Settings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code rotate-keys --store DIR|s3://BUCKET --new-key-file NEW [--key-file OLD]...}: re-wraps every blob's data key
 * under NEW, rewriting only the small {@code .dek} sidecars, never the encrypted content. Safe to run again after an
 * interruption. Exit 0 when every data key is under NEW, 1 when some could not be unwrapped (listed), 2 on errors.
 */
final class RotateKeysCommand implements Command {

    private static final String STORE = "--store";
    private static final String NEW_KEY_FILE = "--new-key-file";
    private static final String KEY_FILE = "--key-file";
    private static final String S3_ENDPOINT = "--s3-endpoint";
    private static final String S3_REGION = "--s3-region";
    private static final String S3_SCHEME = "s3://";
    /** The same variables the portal reads; without them the AWS SDK's default credentials. */
    private static final String ACCESS_KEY_VARIABLE = "MEDVISION_STORAGE_S3_ACCESS_KEY";

    private static final String SECRET_KEY_VARIABLE = "MEDVISION_STORAGE_S3_SECRET_KEY";
    private static final CommandSpec SPEC = new CommandSpec(
            "rotate-keys",
            Text.of("cli.rotate-keys.description"),
            List.of(),
            List.of(
                    OptionSpec.valued(STORE, ValueType.TEXT, "DIR|s3://BUCKET", "cli.rotate-keys.option.store")
                            .required(),
                    OptionSpec.valued(NEW_KEY_FILE, ValueType.PATH, "NEW", "cli.rotate-keys.option.new-key-file")
                            .required(),
                    OptionSpec.valued(KEY_FILE, ValueType.PATH, "OLD", "cli.rotate-keys.option.key-file")
                            .repeatable(),
                    OptionSpec.valued(S3_ENDPOINT, ValueType.TEXT, "URL", "cli.rotate-keys.option.s3-endpoint"),
                    OptionSpec.valued(S3_REGION, ValueType.TEXT, "REGION", "cli.rotate-keys.option.s3-region")
                            .withDefault("us-east-1")));

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public int run(ParsedArguments args, Console console) throws IOException {
        MasterKey primary = read(Path.of(args.requiredValue(NEW_KEY_FILE)));
        List<MasterKey> previous = new ArrayList<>();
        for (String file : args.values(KEY_FILE)) {
            previous.add(read(Path.of(file)));
        }
        KeyRotation.Report report;
        try (BlobStore store = open(args)) {
            report = KeyRotation.rotate(store, Keyring.of(primary, previous));
        }
        for (String failure : report.failed()) {
            console.err().println(console.text("cli.rotate-keys.failed", failure));
        }
        console.out()
                .println(console.text(
                        "cli.rotate-keys.done",
                        report.rewrapped(),
                        primary.id(),
                        report.alreadyCurrent(),
                        report.failed().size()));
        return report.failed().isEmpty() ? SUCCESS : PARTIAL;
    }

    private static BlobStore open(ParsedArguments args) {
        String store = args.requiredValue(STORE);
        if (!store.startsWith(S3_SCHEME)) {
            Path directory = Path.of(store);
            if (!Files.isDirectory(directory)) {
                throw new CommandException(Text.of("cli.rotate-keys.error.no-store", store), null);
            }
            return BlobStores.filesystem(directory);
        }
        // the SDK logs through SLF4J, which the tools run without a backend: no "no providers" warning on stderr
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Optional<URI> endpoint = args.value(S3_ENDPOINT).map(URI::create);
        String accessKey = System.getenv(ACCESS_KEY_VARIABLE);
        String secretKey = System.getenv(SECRET_KEY_VARIABLE);
        Optional<S3Settings.Credentials> credentials = accessKey == null || secretKey == null
                ? Optional.empty()
                : Optional.of(new S3Settings.Credentials(accessKey, secretKey));
        try {
            return BlobStores.s3(new S3Settings(
                    store.substring(S3_SCHEME.length()),
                    endpoint,
                    args.requiredValue(S3_REGION),
                    endpoint.isPresent() ? S3Settings.Addressing.PATH : S3Settings.Addressing.VIRTUAL_HOST,
                    credentials));
        } catch (IllegalArgumentException e) {
            throw new CommandException(Text.of("cli.rotate-keys.error.store", store, e.getMessage()), e);
        }
    }

    private static MasterKey read(Path file) {
        try {
            return MasterKey.readFile(file);
        } catch (IOException | IllegalArgumentException e) {
            throw new CommandException(
                    Text.of(
                            "cli.rotate-keys.error.key-file",
                            file,
                            e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    e);
        }
    }
}
