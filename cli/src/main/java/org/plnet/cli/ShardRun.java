package org.plnet.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.plnet.engine.graph.StudyGraph;
import org.plnet.engine.model.KeptTies;
import org.plnet.engine.model.Study;
import org.plnet.engine.output.OutputFolder;
import org.plnet.engine.scoring.centrality.Shard;
import org.plnet.engine.scoring.centrality.ShortestPathCentrality;
import org.plnet.reports.shards.ShardFile;

/** {@code plnet analyze --shard i/k}: one shard of the shortest-path pass of every relation and wave. */
final class ShardRun {

    private ShardRun() {
    }

    /** Computes the shard and writes its file into {@code out}; returns the file's name. */
    static String write(Study study, Shard shard, Path out) throws IOException {
        List<ShardFile.Layer> layers = new ArrayList<>();
        for (KeptTies ties : study.layers()) {
            StudyGraph graph = StudyGraph.of(study, ties);
            layers.add(ShardFile.layer(graph, ShortestPathCentrality.partial(graph.compact(), shard,
                    Runtime.getRuntime().availableProcessors())));
        }
        ShardFile file = new ShardFile(study.name(), shard, layers);
        String name = ShardFile.fileName(shard);
        OutputFolder.writeOne(out, name, file::write); // k shards may share one folder, even at the same time
        return name;
    }
}
