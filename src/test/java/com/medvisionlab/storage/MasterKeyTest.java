package com.medvisionlab.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {

    @TempDir
    Path directory;

    @Test
    void a_generated_key_file_is_readable_by_its_owner_only_and_reads_back_as_the_same_key() throws IOException {
        Path file = directory.resolve("keys/master.key");

        MasterKey generated = MasterKey.generateFile(file);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(MasterKey.readFile(file).id()).isEqualTo(generated.id()).matches("mk-[0-9a-f]{16}");
        assertThatThrownBy(() -> MasterKey.generateFile(file)).isInstanceOf(FileAlreadyExistsException.class);
    }

    @Test
    void the_same_key_material_has_the_same_id_and_printing_a_key_shows_only_its_id() {
        String base64 = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
        MasterKey key = MasterKey.fromBase64(base64 + "\n");

        assertThat(MasterKey.fromBase64(base64).id()).isEqualTo(key.id());
        assertThat(key.toString()).isEqualTo("MasterKey[" + key.id() + "]").doesNotContain(base64.substring(0, 8));
    }

    @Test
    void key_material_that_is_not_base64_of_32_bytes_is_refused_without_echoing_it() throws IOException {
        assertThatThrownBy(() -> MasterKey.fromBase64("c2hvcnQ="))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a master key must be 32 bytes (base64 of 32 random bytes), not 5");
        assertThatThrownBy(() -> MasterKey.fromBase64("secret-not-base64!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secret")
                .hasMessageContaining("base64 of 32 random bytes");
        Path file = Files.writeString(directory.resolve("bad.key"), "c2hvcnQ=");
        assertThatThrownBy(() -> MasterKey.readFile(file)).hasMessageStartingWith(file + ": a master key must be");
    }
}
