package org.dadkhah.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where the index lives: generations {@code gen-N} under {@code DADKHAH_HOME/index}, and the file {@code current}
 * naming the generation in use. A rebuild writes a new generation and then replaces {@code current} atomically, so
 * a reader sees either the old or the new generation, never a half-built one.
 */
final class IndexLocation {

    private static final String POINTER = "current";

    private final Path root;

    IndexLocation(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The generation in use, or null before the first. */
    @Nullable String current() {
        Path pointer = root.resolve(POINTER);
        try {
            return Files.exists(pointer) ? Files.readString(pointer, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new, empty generation's name (not yet in use). */
    String newGeneration() {
        try {
            Files.createDirectories(root);
            String name = "gen-" + System.currentTimeMillis() + "-" + ProcessHandle.current().pid();
            Files.createDirectories(root.resolve(name));
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String generation) {
        return root.resolve(generation);
    }

    /** Makes {@code generation} the one in use (atomic rename of the pointer file). */
    void use(String generation) {
        try {
            Files.createDirectories(root);
            Path temporary = root.resolve(POINTER + ".tmp-" + ProcessHandle.current().pid());
            Files.writeString(temporary, generation + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, root.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes a generation no longer in use. */
    void delete(String generation) {
        if (generation.equals(current())) {
            return;
        }
        try (Stream<Path> files = Files.walk(path(generation))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
