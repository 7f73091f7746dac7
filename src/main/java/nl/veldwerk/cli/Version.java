package nl.veldwerk.cli;

import picocli.CommandLine.IVersionProvider;

/**
 * The version: from the jar manifest in a packaged build, else the one Maven wrote into the build's
 * about.properties (the About dialog's source), and "development" when neither says.
 */
public final class Version implements IVersionProvider {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        if (v != null) {
            return v;
        }
        java.util.Properties about = new java.util.Properties();
        try (java.io.InputStream in = Version.class.getResourceAsStream("/nl/veldwerk/ui/about.properties")) {
            if (in != null) {
                about.load(in);
            }
        } catch (java.io.IOException e) {
            return "development";
        }
        String built = about.getProperty("version", "");
        return built.isBlank() || built.startsWith("$") ? "development" : built;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Veldwerk " + current(), "Java " + Runtime.version() + " (" + System.getProperty(
                "java.vendor", "") + ")"};
    }
}
