package nl.veldwerk.ui.exchange;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where a bundle opened by a double-click is unpacked: a new folder beside it, never an existing one. */
public final class BundleFolders {
    private BundleFolders() {
    }

    /**
     * {@code dir/name.vwz} (or a bundle zipped again, {@code name.zip}) unpacks into {@code dir/name}, or
     * {@code dir/name (2)}, (3)… when that exists.
     */
    public static Path besideBundle(Path bundle) {
        String name = bundle.getFileName().toString().replaceFirst("(?i)\\.(vwz|zip)$", "");
        Path parent = bundle.toAbsolutePath().getParent();
        Path folder = parent.resolve(name);
        for (int n = 2; Files.exists(folder); n++) {
            folder = parent.resolve(name + " (" + n + ")");
        }
        return folder;
    }
}
