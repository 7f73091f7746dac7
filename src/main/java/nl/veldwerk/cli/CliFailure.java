package nl.veldwerk.cli;

import nl.veldwerk.model.UserText;

/** A command that cannot do what was asked; its message is shown as it is, in the command's {@code --lang}. */
public final class CliFailure extends Exception implements UserText.Carrier {
    private final transient UserText text;

    public CliFailure(String message) {
        this(UserText.literal(message));
    }

    public CliFailure(UserText text) {
        super(text.text(java.util.Locale.ENGLISH));
        this.text = text;
    }

    /** A message from the command line's own bundle. */
    static CliFailure of(String key, Object... args) {
        return new CliFailure(UserText.of(CliFailure.class, key, args));
    }

    @Override
    public UserText userText() {
        return text;
    }
}
