package nl.veldwerk.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (a packaged build), or "development" when run from the classes folder. */
public final class Version implements IVersionProvider {
    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Veldwerk " + current()};
    }
}
