package nl.veldwerk.ui.common;

import java.util.function.Predicate;
import java.util.function.Supplier;

import javafx.stage.Window;

/**
 * Tool windows that a main window has one of (the code manager, the quotation manager): asked for again,
 * the one it has comes back, unless it belongs to another view model (a window used for another project).
 */
public final class OnePerWindow {
    private OnePerWindow() {
    }

    public static <T> T of(Window owner, Class<T> kind, Predicate<T> stillFits, Supplier<T> make) {
        Object known = owner.getProperties().get(kind);
        T window = kind.isInstance(known) && stillFits.test(kind.cast(known)) ? kind.cast(known) : make.get();
        owner.getProperties().put(kind, window);
        return window;
    }
}
