package org.plnet.reports.shards;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plnet.engine.analysis.ShortestPaths;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.input.InputException;
import org.plnet.engine.input.SourceLocation;
import org.plnet.engine.scoring.centrality.ShortestPathPartial;
import org.plnet.engine.scoring.centrality.ShortestPathScores;

/**
 * The shortest-path figures of a study added up from its k shard files: every graph of the analysis must be
 * in every file with the same people and ties (by fingerprint), and the files must be shards 1..k of one k.
 */
public final class MergedShards implements ShortestPaths {

    private final Map<Path, ShardFile> files;

    private MergedShards(Map<Path, ShardFile> files) {
        this.files = files;
    }

    /** Reads the files; see {@link ShardFile#read}. */
    public static MergedShards read(List<Path> paths) throws java.io.IOException {
        Map<Path, ShardFile> files = new LinkedHashMap<>();
        for (Path p : paths) {
            files.put(p, ShardFile.read(p));
        }
        return new MergedShards(files);
    }

    @Override
    public ShortestPathScores of(StudyGraph graph) {
        long fingerprint = ShardFile.fingerprint(graph.compact());
        List<ShortestPathPartial> parts = new ArrayList<>();
        for (Map.Entry<Path, ShardFile> file : files.entrySet()) {
            SourceLocation where = SourceLocation.ofFile(file.getKey().toString());
            ShardFile.Layer layer = file.getValue().layers().stream()
                    .filter(l -> l.relation().equals(graph.relation().name()) && l.wave().equals(graph.wave()))
                    .findFirst()
                    .orElseThrow(() -> new InputException(where, "shard " + file.getValue().shard()
                            + " has no relation " + graph.relation().name() + " in wave " + graph.wave()
                            + "; was it made from this study?"));
            if (layer.fingerprint() != fingerprint || layer.partial().vertexCount() != graph.compact().vertexCount()) {
                throw new InputException(where, "shard " + file.getValue().shard() + " was made from other ties: "
                        + graph.relation().name() + " in wave " + graph.wave() + " has "
                        + layer.partial().vertexCount() + " people and " + layer.ties() + " ties there, "
                        + graph.compact().vertexCount() + " and " + graph.compact().arcCount() + " here");
            }
            parts.add(layer.partial());
        }
        try {
            return ShortestPathPartial.merge(parts);
        } catch (IllegalArgumentException e) {
            Path first = files.keySet().iterator().next();
            throw new InputException(SourceLocation.ofFile(first.getParent() == null ? first.toString()
                    : first.getParent().toString()), "the shard files do not add up: " + e.getMessage());
        }
    }
}
