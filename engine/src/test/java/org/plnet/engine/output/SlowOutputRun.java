package org.plnet.engine.output;

import java.nio.file.Path;

/** A run that opens an output folder, writes one file, says so and then waits to be killed (for a test). */
final class SlowOutputRun {

    private SlowOutputRun() {
    }

    public static void main(String[] args) throws Exception {
        try (OutputFolder folder = OutputFolder.open(Path.of(args[0]))) {
            folder.write("index.html", "new");
            System.out.println("written");
            System.out.flush();
            Thread.sleep(60_000);
            folder.commit();
        }
    }
}
