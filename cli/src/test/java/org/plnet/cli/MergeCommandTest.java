package org.plnet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {

    @TempDir
    Path temp;

    /** 520 people in schools of 40 (9 chunks of 64 sources), two waves of ties, 85 % inside the school. */
    private Path study(String name, int people, long seed) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        StringBuilder p = new StringBuilder("id,school\n");
        for (int i = 0; i < people; i++) {
            p.append("p").append(i).append(",School ").append(i / 40).append('\n');
        }
        Random r = new Random(seed);
        StringBuilder t = new StringBuilder("source,target,relation,weight,wave\n");
        for (String wave : new String[] {"2019", "2020"}) {
            for (int i = 0; i < people; i++) {
                for (int k = 0; k < 4; k++) {
                    int j = r.nextDouble() < 0.85 ? (i / 40) * 40 + r.nextInt(40) : r.nextInt(people);
                    if (j != i && j < people) {
                        t.append('p').append(i).append(",p").append(j).append(",advice,1,").append(wave).append('\n');
                    }
                }
            }
        }
        Files.writeString(dir.resolve("people.csv"), p, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("ties.csv"), t, StandardCharsets.UTF_8);
        return dir;
    }

    private List<String> shardFiles(Path study, int k, String out) {
        List<String> files = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            CliRun run = CliRun.of("analyze", study.toString(), "--shard", i + "/" + k, "--out",
                    temp.resolve(out).toString());
            assertThat(run.status()).as(run.err()).isZero();
            files.add(temp.resolve(out).resolve("shard-" + i + "-of-" + k + ".bin").toString());
        }
        return files;
    }

    private CliRun merge(Path study, List<String> files, Path out) {
        List<String> args = new ArrayList<>(List.of("merge", study.toString()));
        args.addAll(files);
        args.addAll(List.of("--out", out.toString()));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void oneTwoAndSevenShardsMergeIntoTheBytesOfOneRun() throws IOException {
        Path study = study("study", 520, 1);
        Path single = temp.resolve("single");
        assertThat(CliRun.of("analyze", study.toString(), "--out", single.toString()).status()).isZero();
        for (int k : new int[] {1, 2, 7}) {
            List<String> files = shardFiles(study, k, "shards" + k);
            java.util.Collections.reverse(files);
            Path merged = temp.resolve("merged" + k);
            CliRun run = merge(study, files, merged);
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("Merged " + k + " shard(s) for 2 relation/wave(s) of 520 people");
            for (String file : new String[] {"metrics.json", "people.csv", "schools.csv", "import-report.txt"}) {
                assertThat(Files.readAllBytes(merged.resolve(file))).as(k + " shards: " + file)
                        .isEqualTo(Files.readAllBytes(single.resolve(file)));
            }
        }
    }

    @Test
    void aMissingShardOrOneOfAnotherStudyExitsTwoAndWritesNothing() throws IOException {
        Path study = study("study", 200, 1);
        List<String> files = shardFiles(study, 3, "shards");
        Path out = temp.resolve("out");
        CliRun missing = merge(study, files.subList(0, 2), out);
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("shard 3/3 missing");
        Path other = study("other", 200, 2);
        CliRun foreign = merge(other, files, out);
        assertThat(foreign.status()).isEqualTo(2);
        assertThat(foreign.err()).contains("shard-1-of-3.bin", "was made from other ties");
        Path junk = Files.writeString(temp.resolve("junk.bin"), "hello");
        CliRun notShard = merge(study, List.of(junk.toString()), out);
        assertThat(notShard.status()).isEqualTo(2);
        assertThat(notShard.err()).contains("junk.bin", "not a plnet shard file");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadShardIsAUsageError() throws IOException {
        Path study = study("study", 50, 1);
        CliRun run = CliRun.of("analyze", study.toString(), "--shard", "4/3", "--out", temp.resolve("x").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("'4/3' is not a shard i/k");
    }
}
