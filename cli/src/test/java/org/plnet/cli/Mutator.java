package org.plnet.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A seeded mutation fuzzer's mutations: byte flips, truncation, duplication, removal and swapping of lines,
 * splicing in a piece of another sample, and inserting values known to trouble readers. A workbook (a zip
 * archive) is mostly mutated inside one of its parts and zipped again, so the fuzzing reaches the XML readers.
 * The same seed gives the same inputs on every machine (java.util.Random's sequence is specified).
 */
final class Mutator {

    /** Values that trouble readers: signs, huge and tiny numbers, separators, quotes, markup, control bytes. */
    private static final String[] TOKENS = {"-1", "0", "2147483647", "99999999999", "1e308", "1.7e308", "1e-400",
        "NaN", "Infinity", "\"", "\"\"", ",", ";", "\t", "\r", "\n", "\r\n", "\u0000", "\u00ff", "<", ">", "&",
        "&amp;", "]]>", "<!--", "<x>", "</x>", "*Vertices", "*Arcs", "*Edges", "N=", "NM=", "data:", "labels:",
        "format=", "---", "- ", ": ", "{", "[", "!!java.lang.Object", "&a", "*a", "\uFEFF", "é", "\uD83D\uDE00",
        "true", "yes", "null", "~", "010", "0x1F", "..", "/", "\\", "%s", "'", "=SUM(A1)"};

    private final Random random;
    private final List<byte[]> pool;

    /**
     * @param seed the seed of this input
     * @param pool the samples to splice pieces from
     */
    Mutator(long seed, List<byte[]> pool) {
        this.random = new Random(seed);
        this.pool = pool;
    }

    /** A mutant of {@code original}: 1 to 4 mutations; a zip archive mostly inside one of its parts. */
    byte[] mutate(byte[] original) {
        if (isZip(original) && random.nextInt(10) < 7) {
            return mutateInside(original);
        }
        return mutateBytes(original);
    }

    byte[] mutateBytes(byte[] original) {
        byte[] b = original;
        int n = 1 + random.nextInt(4);
        for (int k = 0; k < n; k++) {
            b = once(b);
        }
        return b;
    }

    private byte[] once(byte[] b) {
        if (b.length == 0) {
            return token();
        }
        switch (random.nextInt(8)) {
            case 0 -> { // flip one bit
                byte[] c = b.clone();
                int at = random.nextInt(c.length);
                c[at] ^= (byte) (1 << random.nextInt(8));
                return c;
            }
            case 1 -> { // replace a byte by any byte
                byte[] c = b.clone();
                c[random.nextInt(c.length)] = (byte) random.nextInt(256);
                return c;
            }
            case 2 -> { // truncate
                return java.util.Arrays.copyOf(b, random.nextInt(b.length));
            }
            case 3 -> { // duplicate a line
                List<byte[]> lines = lines(b);
                int at = random.nextInt(lines.size());
                lines.add(at, lines.get(at));
                return join(lines);
            }
            case 4 -> { // remove a line
                List<byte[]> lines = lines(b);
                lines.remove(random.nextInt(lines.size()));
                return join(lines);
            }
            case 5 -> { // swap two lines
                List<byte[]> lines = lines(b);
                int i = random.nextInt(lines.size());
                int j = random.nextInt(lines.size());
                byte[] t = lines.get(i);
                lines.set(i, lines.get(j));
                lines.set(j, t);
                return join(lines);
            }
            case 6 -> { // splice in a piece of another sample
                byte[] other = pool.get(random.nextInt(pool.size()));
                if (other.length == 0) {
                    return b;
                }
                int from = random.nextInt(other.length);
                int len = Math.min(other.length - from, 1 + random.nextInt(200));
                return insert(b, random.nextInt(b.length + 1), java.util.Arrays.copyOfRange(other, from, from + len));
            }
            default -> { // insert a troublesome value
                return insert(b, random.nextInt(b.length + 1), token());
            }
        }
    }

    private byte[] token() {
        return TOKENS[random.nextInt(TOKENS.length)].getBytes(StandardCharsets.UTF_8);
    }

    private byte[] mutateInside(byte[] zip) {
        List<String> names = new ArrayList<>();
        List<byte[]> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                parts.add(in.readAllBytes());
            }
        } catch (IOException e) {
            return mutateBytes(zip);
        }
        if (parts.isEmpty()) {
            return mutateBytes(zip);
        }
        // the sheets and the workbook's own parts most often
        int at = random.nextInt(parts.size());
        for (int tries = 0; tries < 3 && !names.get(at).startsWith("xl/"); tries++) {
            at = random.nextInt(parts.size());
        }
        parts.set(at, mutateBytes(parts.get(at)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (int k = 0; k < parts.size(); k++) {
                z.putNextEntry(new ZipEntry(names.get(k)));
                z.write(parts.get(k));
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static boolean isZip(byte[] b) {
        return b.length > 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static byte[] insert(byte[] b, int at, byte[] piece) {
        byte[] c = new byte[b.length + piece.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(piece, 0, c, at, piece.length);
        System.arraycopy(b, at, c, at + piece.length, b.length - at);
        return c;
    }

    /** The lines of {@code b}, each with its line break. */
    private static List<byte[]> lines(byte[] b) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(b, start, i + 1));
                start = i + 1;
            }
        }
        if (start < b.length || lines.isEmpty()) {
            lines.add(java.util.Arrays.copyOfRange(b, start, b.length));
        }
        return lines;
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
