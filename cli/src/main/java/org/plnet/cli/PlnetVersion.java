package org.plnet.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version that Maven filtered into {@code plnet-version.properties}. */
final class PlnetVersion implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties props = new Properties();
        try (InputStream in = PlnetVersion.class.getResourceAsStream("/plnet-version.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        return new String[] {"plnet " + props.getProperty("version", "unknown"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
