package org.plnet.surveys.imports.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plnet.surveys.imports.network.NetworkFixtures.advice;
import static org.plnet.surveys.imports.network.NetworkFixtures.fails;
import static org.plnet.surveys.imports.network.NetworkFixtures.ties;
import static org.plnet.surveys.imports.network.NetworkFixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plnet.surveys.imports.SurveyFile;

/**
 * Issue 8, items 3 and 8: a network file of a few bytes that declares billions of people is refused with one
 * line naming the file and the limit before anything is sized from it; an XML file with bytes that are not
 * text of its encoding is one line too, and nothing is printed to stderr.
 */
class DeclaredSizesAndBadBytesTest {

    @TempDir
    Path dir;

    @Test
    void aPajekFileDeclaringTwoBillionVerticesIsRefused() {
        fails(new PajekReader(), write(dir, "big.net", "*Vertices 2000000000\n1 \"Ada\"\n"), advice())
                .withMessage("big.net:1:11: *Vertices 2000000000 declares 2000000000 people; plnet reads network"
                        + " files of at most 1000000 people");
    }

    @Test
    void aDlFileDeclaringTheLargestIntIsRefused() {
        fails(new UcinetDlReader(), write(dir, "big.dl", "dl n=2147483647\nformat=edgelist1\ndata:\n1 2\n"), advice())
                .withMessage("big.dl:1:6: n=2147483647 declares 2147483647 people; plnet reads network files of at"
                        + " most 1000000 people");
        fails(new UcinetDlReader(), write(dir, "rows.dl", "dl nr=3 nc=1999999999\ndata:\n1\n"), advice())
                .withMessageStartingWith("rows.dl:1:12: nc=1999999999 declares 1999999999 people");
    }

    @Test
    void aDlFileDeclaringMoreMatricesThanLinesIsRefused() {
        // 5 lines: at most 6 matrices (5 lines of '!')
        fails(new UcinetDlReader(), write(dir, "nm.dl", "dl n=2 nm=1000000000\ndata:\n0 1\n1 0\n"), advice())
                .withMessage("nm.dl:1:11: nm=1000000000 declares more matrices than the file's 5 lines can hold"
                        + " (each matrix but the last ends with a line '!')");
    }

    @Test
    void sizesWithinTheLimitStillRead() {
        // *Vertices 1000000 with two vertex lines and one arc: vertices without a line are not made up
        SurveyFile f = write(dir, "wide.net", "*Vertices 1000000\n1 \"p01\"\n2 \"p02\"\n*Arcs\n1 2 3\n");
        assertThat(ties(new PajekReader().read(f, advice()))).containsExactly("p01,p02,advice,3,1");
    }

    @Test
    void bytesThatAreNotUtf8AreOneLineAndNothingOnStderr() throws Exception {
        Path file = dir.resolve("latin1.graphml");
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                + "<graph edgedefault=\"directed\"><node id=\"").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"/></graph></graphml>\n".getBytes(StandardCharsets.US_ASCII);
        // "Zo\xEB" in ISO-8859-1: 0xEB starts a 3-byte UTF-8 sequence that 0x22 (") cannot continue
        byte[] content = new byte[head.length + 3 + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = 'Z';
        content[head.length + 1] = 'o';
        content[head.length + 2] = (byte) 0xEB;
        System.arraycopy(tail, 0, content, head.length + 3, tail.length);
        Files.write(file, content);
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            fails(new GraphmlReader(), SurveyFile.of(file, "latin1.graphml"), advice())
                    // line 2: 55 + 30 + 10 characters of tags, then "Zo": the bad byte is character 98
                    .withMessage("latin1.graphml:2:98: the file is not UTF-8 text: byte " + (head.length + 3)
                            + " starts a malformed sequence; save the file as UTF-8 (or declare its real encoding in"
                            + " the XML declaration)");
            fails(new GexfReader(), SurveyFile.of(file, "latin1.graphml"), advice())
                    .withMessageContaining("the file is not UTF-8 text");
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aDeclaredLatin1FileReads() throws Exception {
        Path file = dir.resolve("declared.graphml");
        String text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                + "<graph edgedefault=\"directed\"><node id=\"p01\"/><node id=\"p02\"/>"
                + "<edge source=\"p01\" target=\"p02\"/></graph></graphml>\n";
        Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(ties(new GraphmlReader().read(SurveyFile.of(file, "declared.graphml"), advice())))
                .containsExactly("p01,p02,advice,1,1");
    }
}
