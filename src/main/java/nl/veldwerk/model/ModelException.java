package nl.veldwerk.model;

/** A change that would break one of the model's invariants (a dangling id, a range outside the text). */
public class ModelException extends RuntimeException {
    public ModelException(String message) {
        super(message);
    }
}
