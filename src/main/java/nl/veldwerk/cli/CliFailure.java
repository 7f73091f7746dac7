package nl.veldwerk.cli;

/** A command that cannot do what was asked; its message is shown as it is. */
public final class CliFailure extends Exception {
    public CliFailure(String message) {
        super(message);
    }
}
