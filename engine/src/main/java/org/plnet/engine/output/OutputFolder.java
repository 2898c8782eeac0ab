package org.plnet.engine.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;

/**
 * Writes a folder all or nothing. Every file goes into a fresh hidden staging folder beside the target; on
 * {@link #commit()} the whole staging folder takes the target's place in one step: the target is renamed aside,
 * the staging folder renamed to the target, and only then the previous folder removed (if the second rename
 * fails the first is undone). Closing without {@code commit} (a failure while writing), or the JVM ending (a
 * shutdown hook, so SIGTERM too), removes the staging folder and leaves the target exactly as it was.
 *
 * <p>While a folder is open an exclusive lock file beside the target is held, so a second run into the same
 * folder stops at once (exit 2) instead of mixing its files with the first's. Links inside the target are never
 * followed: nothing is written into the target itself, and with {@link Contents#KEPT} its other files are
 * copied as they are (a link stays a link). A target that is a link, a file, the root folder or empty is refused,
 * and so is replacing a folder that holds files but not the mark ({@value #MARK}) plnet leaves in each folder it
 * replaces: nobody's own files are removed by an unlucky {@code --out}.
 *
 * <p>Use it in try-with-resources: {@code open}, {@code write} each file, {@code commit}.
 */
public final class OutputFolder implements AutoCloseable {

    /** What becomes of the files of an existing target that this run does not write. */
    public enum Contents {
        /** The folder is replaced as a whole: no file of an earlier run survives (the reports). */
        REPLACED,
        /** They are kept as they are (a study folder that {@code plnet import} adds to). */
        KEPT
    }

    /** Writes one file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The file that marks a folder plnet wrote, and so may replace as a whole. */
    public static final String MARK = ".plnet-output";

    private final Path target;
    private final Path staging;
    private final Path lockFile;
    private final FileChannel lockChannel;
    private final Thread cleanup;
    private boolean done;

    private OutputFolder(Path target, Path staging, Path lockFile, FileChannel lockChannel) {
        this.target = target;
        this.staging = staging;
        this.lockFile = lockFile;
        this.lockChannel = lockChannel;
        this.cleanup = new Thread(this::close, "plnet-output-cleanup");
    }

    /** Starts replacing {@code target} as a whole; see {@link #open(Path, Contents, Path)}. */
    public static OutputFolder open(Path target) throws IOException {
        return open(target, Contents.REPLACED, null);
    }

    /**
     * Starts writing into {@code target} (created, with its parents, on commit if need be).
     *
     * @param study a study folder the output must keep apart from ({@code null}: none): the target may not be
     *              it, lie inside it or contain it, since only {@code plnet import} writes a study's files
     * @throws InputException when the target cannot be an output folder (a usage error) or another run is
     *                        writing it
     */
    public static OutputFolder open(Path target, Contents contents, Path study) throws IOException {
        Objects.requireNonNull(contents, "contents");
        Path absolute = checked(target);
        if (study != null) {
            keepApart(target, absolute, study);
        }
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        // short names, not built from the target's: a 240-character folder name must still leave room for them
        Path lockFile = parent.resolve(".plnet-lock-" + digest(absolute.getFileName().toString()));
        FileChannel channel = lock(lockFile, target);
        OutputFolder folder = null;
        try {
            // createDirectory, not createTempDirectory: the staging folder becomes the target itself, which
            // should get the usual permissions rather than owner-only ones
            Path staging = Files.createDirectory(parent.resolve(".plnet-staging-" + unique()));
            folder = new OutputFolder(absolute, staging, lockFile, channel);
            Runtime.getRuntime().addShutdownHook(folder.cleanup);
            if (contents == Contents.KEPT && Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
                copyTree(absolute, staging);
            }
            if (contents == Contents.REPLACED) {
                refuseForeign(target, absolute);
                folder.write(MARK, "written by plnet: the next plnet run into this folder replaces it as a whole\n");
            }
            return folder;
        } catch (IOException | RuntimeException e) {
            if (folder != null) {
                folder.close();
            } else {
                unlock(channel, lockFile);
            }
            throw e;
        }
    }

    /**
     * Writes one file {@code name} into {@code folder} (made when missing), keeping the folder's other files:
     * the content goes to a hidden file beside it, renamed in place only when complete, so that several
     * processes may write different files into one folder at once (the shards of a batch array) and an
     * interrupted run leaves no half-written file under {@code name}.
     */
    public static void writeOne(Path folder, String name, Content content) throws IOException {
        Path absolute = checked(folder); // refuses a file, "" and "/"
        Files.createDirectories(absolute);
        Path file = absolute.resolve(name).normalize();
        if (!absolute.equals(file.getParent())) {
            throw new IllegalArgumentException("not a file name: " + name);
        }
        Path part = absolute.resolve(".plnet-staging-" + name + "-" + unique());
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Refuses an output folder that is, lies inside or contains the study folder {@code study}, before anything
     * is read or written.
     */
    public static void keepApart(Path target, Path study) {
        keepApart(target, checked(target), study);
    }

    private static void keepApart(Path target, Path absolute, Path study) {
        Path out = real(absolute);
        Path in = real(study.toAbsolutePath().normalize());
        if (out.equals(in) || out.startsWith(in) || in.startsWith(out)) {
            String how = out.equals(in) ? "is the study folder" : out.startsWith(in) ? "lies inside the study folder"
                    : "contains the study folder";
            throw usage(target, "the output folder " + how + " " + study + "; only plnet import writes into a study"
                    + " folder: give another --out");
        }
    }

    /**
     * Refuses to replace an existing folder that holds files but was not written by plnet (it has no {@link
     * #MARK}): replacing a folder as a whole must never remove someone's own files, say after {@code --out ~}.
     */
    private static void refuseForeign(Path target, Path absolute) throws IOException {
        if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)
                || Files.exists(absolute.resolve(MARK), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var entries = Files.list(absolute)) {
            if (entries.findAny().isPresent()) {
                throw usage(target, "the output folder holds files that plnet did not write, and plnet replaces"
                        + " its output folder as a whole: give a new or empty folder");
            }
        }
    }

    /** The target as an absolute path, or a usage error saying why it cannot be an output folder. */
    private static Path checked(Path target) {
        if (target.toString().isBlank()) {
            throw usage(target, "the output folder is empty: give a folder with --out");
        }
        Path absolute;
        try {
            absolute = target.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw usage(target, "the output folder is not a valid path: " + e.getReason());
        }
        if (absolute.getParent() == null || absolute.getFileName() == null) {
            throw usage(target, "the output folder is the root of the file system; give a folder inside it");
        }
        if (Files.isSymbolicLink(absolute)) {
            throw usage(target, "the output folder is a link; give the folder it leads to");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw usage(target, "the output folder exists and is not a folder");
        }
        return absolute;
    }

    private static InputException usage(Path target, String problem) {
        return new InputException(SourceLocation.ofFile(target.toString().isEmpty() ? "--out \"\"" : target.toString()),
                problem);
    }

    /** The real path of the deepest existing ancestor of {@code p}, with the rest of {@code p} after it. */
    private static Path real(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return p;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(p)).normalize();
        } catch (IOException e) {
            return p;
        }
    }

    private static FileChannel lock(Path lockFile, Path target) throws IOException {
        while (true) {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw usage(target, "another plnet run is writing this output folder (lock file " + lockFile
                        + "); wait for it to finish, or remove the lock file if no run is under way");
            }
            // the previous holder removes the file before it lets go, so the lock may be on a file no longer at
            // lockFile: a token written through the channel and read back by the path tells
            String token = unique() + "-" + Thread.currentThread().getId();
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode(token), 0);
            channel.force(false);
            String there;
            try {
                there = Files.readString(lockFile, StandardCharsets.UTF_8);
            } catch (NoSuchFileException gone) {
                there = null;
            }
            if (token.equals(there)) {
                return channel;
            }
            channel.close();
        }
    }

    private static void unlock(FileChannel channel, Path lockFile) {
        try {
            Files.deleteIfExists(lockFile);
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        for (Path p = file.getParent(); !p.equals(staging); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                throw new IllegalArgumentException("output file behind a link: " + relative);
            }
        }
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file); // a link kept from the target is replaced, never written through
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            content.writeTo(out);
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

    /** Puts the staging folder in the target's place in one step; see the class comment. */
    public synchronized void commit() throws IOException {
        if (done) {
            throw new IllegalStateException("already committed or closed");
        }
        Path previous = null;
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            previous = target.resolveSibling(".plnet-previous-" + unique());
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (previous != null) {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        done = true;
        try {
            if (previous != null) {
                deleteTree(previous);
            }
        } finally {
            release();
        }
    }

    /** Removes the staging folder when {@link #commit()} was not reached, and releases the lock. */
    @Override
    public synchronized void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            deleteTree(staging);
        } finally {
            release();
        }
    }

    private void release() {
        try {
            if (Thread.currentThread() != cleanup) {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            }
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it finds nothing left to do
        }
        unlock(lockChannel, lockFile);
    }

    /** Copies {@code from} into {@code to} without following links (a link is copied as a link). */
    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), LinkOption.NOFOLLOW_LINKS,
                        StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            // walkFileTree does not follow links: a link inside is removed, never what it leads to
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unique() {
        return ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime());
    }

    private static String digest(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
