package org.dadkhah.testimony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.dadkhah.security.Sealer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFileTests {

    @TempDir
    Path keys;

    @Test
    void theKeyFileIsCreatedWithOwnerOnlyPermissions() throws Exception {
        Sealer.open(keys, true);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve("keyset.json"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aMissingKeyFailsClearlyInsteadOfCreatingANewOne() {
        assertThatThrownBy(() -> Sealer.open(keys.resolve("absent"), false))
                .isInstanceOf(Sealer.MissingKeyException.class).hasMessageContaining("missing");
    }

    @Test
    void aWrongKeyFailsClearlyInsteadOfReturningGarbage() {
        String sealed = Sealer.open(keys.resolve("a"), true).seal("secret name", "t.c");
        Sealer other = Sealer.open(keys.resolve("b"), true);
        assertThatThrownBy(() -> other.open(sealed, "t.c")).isInstanceOf(Sealer.WrongKeyException.class);
    }

    @Test
    void aValueMovedToAnotherColumnDoesNotOpen() {
        Sealer sealer = Sealer.open(keys, true);
        String sealed = sealer.seal("secret name", "testimony.contact_sealed");
        assertThatThrownBy(() -> sealer.open(sealed, "testimony.transcript_sealed")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rotationKeepsOldValuesReadableAndSealsNewOnesWithTheNewKey() {
        Sealer sealer = Sealer.open(keys, true);
        String old = sealer.seal("before rotation", "t.c");
        sealer.rotate();
        assertThat(sealer.keyCount()).isEqualTo(2);
        assertThat(sealer.open(old, "t.c")).isEqualTo("before rotation");
        assertThat(Sealer.open(keys, false).open(sealer.seal("after", "t.c"), "t.c")).isEqualTo("after");
    }

    @Test
    void aServerSeesAKeyRotatedByAnotherProcessWithoutRestarting() {
        Sealer server = Sealer.open(keys, true);
        Sealer commandLine = Sealer.open(keys, false);
        commandLine.rotate();
        String resealed = commandLine.seal("re-sealed after rotation", "t.c");
        assertThat(server.open(resealed, "t.c")).isEqualTo("re-sealed after rotation");
    }
}
