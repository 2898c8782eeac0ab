package org.plnet.reports.shards;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plnet.engine.graph.CompactGraph;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.scoring.centrality.Shard;
import org.plnet.engine.scoring.centrality.ShortestPathPartial;

/**
 * One shard's partial sums for every relation and wave of a study, in a small binary file (big-endian, the
 * doubles bit for bit, so nothing is lost on the way to {@code plnet merge}):
 * <pre>
 *   "plnet-shard" version(int = 1) study(UTF) shardIndex(int) shardCount(int) layers(int)
 *   per layer: relation(UTF) wave(UTF) people(int) ties(int) fingerprint(long) firstSource(int)
 *              sources(int) closeness(double x sources) harmonic(double x sources)
 *              blocks(int), per block: start(int) level(int) sums(double x people)
 * </pre>
 * The fingerprint is a hash of the graph's arcs, so that shards of another study, or of the same study
 * after its ties changed, are refused instead of merged.
 *
 * @param study  the study's name
 * @param shard  which shard
 * @param layers one entry per relation and wave, in the analysis's order
 */
public record ShardFile(String study, Shard shard, List<Layer> layers) {

    private static final String MAGIC = "plnet-shard";
    private static final int VERSION = 1;

    /** The partial sums of one relation and wave, with what identifies its graph. */
    public record Layer(String relation, String wave, int ties, long fingerprint, ShortestPathPartial partial) {
    }

    public ShardFile {
        layers = List.copyOf(layers);
    }

    /** The entry of a graph, with its fingerprint. */
    public static Layer layer(StudyGraph graph, ShortestPathPartial partial) {
        return new Layer(graph.relation().name(), graph.wave(), graph.compact().arcCount(),
                fingerprint(graph.compact()), partial);
    }

    /** A hash of n and of every arc (source, target) in order; equal graphs give equal fingerprints. */
    public static long fingerprint(CompactGraph g) {
        long h = 1125899906842597L + g.vertexCount();
        int[] off = g.outOffsets();
        int[] targets = g.outTargets();
        for (int v = 0; v < g.vertexCount(); v++) {
            for (int k = off[v]; k < off[v + 1]; k++) {
                h = 31 * h + ((long) v << 32 | targets[k]);
                h ^= h >>> 29;
            }
        }
        return h;
    }

    /** The file name of shard i of k, e.g. {@code shard-2-of-7.bin}. */
    public static String fileName(Shard shard) {
        return "shard-" + shard.index() + "-of-" + shard.count() + ".bin";
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        data.writeUTF(study);
        data.writeInt(shard.index());
        data.writeInt(shard.count());
        data.writeInt(layers.size());
        for (Layer layer : layers) {
            ShortestPathPartial p = layer.partial();
            data.writeUTF(layer.relation());
            data.writeUTF(layer.wave());
            data.writeInt(p.vertexCount());
            data.writeInt(layer.ties());
            data.writeLong(layer.fingerprint());
            data.writeInt(p.firstSource());
            data.writeInt(p.closeness().length);
            doubles(data, p.closeness());
            doubles(data, p.harmonic());
            data.writeInt(p.blocks().size());
            for (ShortestPathPartial.Block b : p.blocks()) {
                data.writeInt(b.start());
                data.writeInt(b.level());
                doubles(data, b.sums());
            }
        }
        data.flush();
    }

    private static void doubles(DataOutputStream data, double[] values) throws IOException {
        for (double v : values) {
            data.writeLong(Double.doubleToRawLongBits(v));
        }
    }

    /**
     * Reads a shard file.
     *
     * @throws InputException naming the file when it is not a whole plnet shard file
     */
    public static ShardFile read(Path file) throws IOException {
        SourceLocation where = SourceLocation.ofFile(file.toString());
        try (InputStream in = Files.newInputStream(file)) {
            DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16));
            String magic;
            try {
                magic = data.readUTF();
            } catch (IOException e) {
                magic = "";
            }
            if (!MAGIC.equals(magic)) {
                throw new InputException(where, "not a plnet shard file (written by plnet analyze --shard i/k)");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw new InputException(where, "a shard file of format " + version + "; this plnet reads format "
                        + VERSION);
            }
            String study = data.readUTF();
            Shard shard = new Shard(data.readInt(), data.readInt());
            int count = data.readInt();
            List<Layer> layers = new ArrayList<>();
            for (int l = 0; l < count; l++) {
                String relation = data.readUTF();
                String wave = data.readUTF();
                int n = data.readInt();
                int ties = data.readInt();
                long fingerprint = data.readLong();
                int firstSource = data.readInt();
                int sources = data.readInt();
                double[] closeness = doubles(data, sources);
                double[] harmonic = doubles(data, sources);
                int blocks = data.readInt();
                List<ShortestPathPartial.Block> list = new ArrayList<>();
                for (int b = 0; b < blocks; b++) {
                    list.add(new ShortestPathPartial.Block(data.readInt(), data.readInt(), doubles(data, n)));
                }
                layers.add(new Layer(relation, wave, ties, fingerprint,
                        new ShortestPathPartial(n, shard, firstSource, list, closeness, harmonic)));
            }
            if (data.read() != -1) {
                throw new InputException(where, "not a plnet shard file: data after its last relation");
            }
            return new ShardFile(study, shard, layers);
        } catch (EOFException e) {
            throw new InputException(where, "the shard file ends early; was it copied whole?");
        } catch (IllegalArgumentException e) {
            throw new InputException(where, "not a plnet shard file: " + e.getMessage());
        }
    }

    private static double[] doubles(DataInputStream data, int count) throws IOException {
        if (count < 0) {
            throw new IllegalArgumentException("a negative count");
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = Double.longBitsToDouble(data.readLong());
        }
        return values;
    }
}
