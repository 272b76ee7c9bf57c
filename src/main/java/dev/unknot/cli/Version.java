package dev.unknot.cli;

import picocli.CommandLine.IVersionProvider;

/** The version shown by {@code unknot --version}. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"unknot " + (version == null ? "development build" : version)};
    }
}
