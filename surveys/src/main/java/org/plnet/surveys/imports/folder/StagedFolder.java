package org.plnet.surveys.imports.folder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the files of a study folder so that a failure leaves the folder as it was: every file is written into
 * a fresh hidden folder beside the target, and only when all are written (and checked) are they moved into
 * place: the whole folder in one rename when the target does not exist yet, else file by file. Files of the
 * target that are not written are left alone. (The same idea as the reports module's output folder, which the
 * surveys module cannot depend on.)
 */
final class StagedFolder implements AutoCloseable {

    private final Path target;
    private final Path staging;
    private final List<String> written = new ArrayList<>();
    private boolean committed;

    private StagedFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    static StagedFolder open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        // createDirectory, not createTempDirectory: the folder may become the study folder, with usual permissions
        Path staging = Files.createDirectory(parent.resolve("." + absolute.getFileName() + ".import-"
                + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime())));
        return new StagedFolder(absolute, staging);
    }

    /** The staging folder, to read back what was written before committing. */
    Path path() {
        return staging;
    }

    /** Writes a file of the study (a name, not a path) as UTF-8. */
    StagedFolder write(String name, String text) throws IOException {
        if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("a study file name, not a path: " + name);
        }
        Files.writeString(staging.resolve(name), text, StandardCharsets.UTF_8);
        if (!written.contains(name)) {
            written.add(name);
        }
        return this;
    }

    /** Moves every written file into the target folder. */
    void commit() throws IOException {
        if (!Files.exists(target)) {
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                committed = true;
                return;
            } catch (AtomicMoveNotSupportedException e) {
                Files.createDirectories(target);
            }
        }
        for (String name : written) {
            try {
                Files.move(staging.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging.resolve(name), target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        committed = true;
        deleteTree(staging);
    }

    /** Removes the staging folder when {@link #commit()} was not reached. */
    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
