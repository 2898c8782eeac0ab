package org.plnet.engine.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a set of files into a folder all or nothing: every file goes into a fresh hidden staging folder beside
 * the target, and only when all of them are written are they moved into place, the whole folder in one rename
 * when the target does not exist yet, else file by file (each move atomic where the file system allows).
 * Closing without {@link #commit()} (a failure while writing) removes the staging folder and leaves the target
 * exactly as it was. Files of an existing target that are not written again are left alone.
 *
 * <p>Use it in try-with-resources: {@code open}, {@code write} each file, {@code commit}.
 */
public final class OutputFolder implements AutoCloseable {

    /** Writes one file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path target;
    private final Path staging;
    private final List<Path> written = new ArrayList<>();
    private boolean committed;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Starts writing into {@code target} (created, with its parents, on commit if need be).
     *
     * @throws FileAlreadyExistsException when {@code target} exists and is not a folder
     */
    public static OutputFolder open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new FileAlreadyExistsException(target.toString(), null, "exists and is not a folder");
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        // createDirectory, not createTempDirectory: the staging folder may become the target itself, which
        // should get the usual permissions rather than owner-only ones
        Path staging = Files.createDirectory(parent.resolve("." + absolute.getFileName() + ".partial-"
                + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime())));
        return new OutputFolder(absolute, staging);
    }

    /**
     * Writes a file at {@code relative} (e.g. {@code "schools/ashurst.html"}) into the staging folder; writing
     * the same path again replaces it.
     *
     * @throws IllegalArgumentException when {@code relative} leads outside the folder
     */
    public void write(String relative, Content content) throws IOException {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("output file outside the output folder: " + relative);
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            content.writeTo(out);
        }
        Path rel = staging.relativize(file);
        synchronized (written) { // files may be written from several threads at once
            if (!written.contains(rel)) {
                written.add(rel);
            }
        }
    }

    /** Writes {@code text} as UTF-8 at {@code relative}; see {@link #write(String, Content)}. */
    public void write(String relative, String text) throws IOException {
        write(relative, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The staging folder, to read back what was written before committing. */
    public Path staging() {
        return staging;
    }

    /** Moves every written file into the target folder. */
    public void commit() throws IOException {
        if (committed) {
            throw new IllegalStateException("already committed");
        }
        if (!Files.exists(target)) {
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                committed = true;
                return;
            } catch (AtomicMoveNotSupportedException e) {
                Files.createDirectories(target);
            }
        }
        for (Path rel : written) {
            Path to = target.resolve(rel.toString());
            Files.createDirectories(to.getParent());
            try {
                Files.move(staging.resolve(rel), to, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging.resolve(rel), to, StandardCopyOption.REPLACE_EXISTING);
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
