package nl.veldwerk.cli;

/** A command that cannot do what was asked; its message is shown as it is. */
final class CliFailure extends Exception {
    CliFailure(String message) {
        super(message);
    }
}
