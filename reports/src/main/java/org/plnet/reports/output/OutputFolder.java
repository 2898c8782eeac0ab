package org.plnet.reports.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * Writes a set of output files so that a failure leaves the output folder as it was: every file goes into
 * a fresh temporary folder beside the target, and only when all of them are written are they moved into
 * place (the whole folder in one rename when the target does not exist yet).
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
     * Starts writing into {@code target}.
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
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
        return new OutputFolder(absolute, staging);
    }

    /** Writes a file at {@code relative} (e.g. {@code "schools/ashurst.html"}) into the staging folder. */
    public void write(String relative, Content content) throws IOException {
        Path file = staging.resolve(relative).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("output file outside the output folder: " + relative);
        }
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            content.writeTo(out);
        }
        written.add(staging.relativize(file));
    }

    /** Moves every written file into the target folder. */
    public void commit() throws IOException {
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
            Files.move(staging.resolve(rel), to, StandardCopyOption.REPLACE_EXISTING);
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
