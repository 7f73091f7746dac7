package nl.veldwerk.store;

import java.io.IOException;
import java.nio.file.Path;

/** The real disk, for a test to override the operations it wants to watch. */
abstract class ForwardingDisk implements Disk {
    @Override
    public void writeForced(Path file, byte[] content) throws IOException {
        Disk.SYSTEM.writeForced(file, content);
    }

    @Override
    public void forceFile(Path file) throws IOException {
        Disk.SYSTEM.forceFile(file);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
        Disk.SYSTEM.move(from, to);
    }

    @Override
    public void forceFolder(Path folder) {
        Disk.SYSTEM.forceFolder(folder);
    }

    @Override
    public void writeCopy(Path file, byte[] content) throws IOException {
        Disk.SYSTEM.writeCopy(file, content);
    }

    @Override
    public void deleteIfExists(Path file) throws IOException {
        Disk.SYSTEM.deleteIfExists(file);
    }

    @Override
    public void createFolders(Path folder) throws IOException {
        Disk.SYSTEM.createFolders(folder);
    }
}
