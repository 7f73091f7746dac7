package nl.veldwerk.model;

/** A change that would break one of the model's invariants (a dangling id, a range outside the text). */
public class ModelException extends RuntimeException implements UserText.Carrier {
    private final transient UserText text;

    /** A message from the model's bundle. */
    public ModelException(String key, Object... args) {
        this(UserText.of(ModelException.class, key, args));
    }

    public ModelException(UserText text) {
        super(text.toString());
        this.text = text;
    }

    @Override
    public UserText userText() {
        return text;
    }
}
