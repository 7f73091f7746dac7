package nl.veldwerk.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import nl.veldwerk.model.Code;
import nl.veldwerk.project.CodeCommands;

/**
 * Another program that takes over a project whose lock file was deleted: its own lock file, locked, moved over
 * the project's. It says "held", waits for a line, and lets go: with {@code save}, it first opens the project
 * as a program does and saves a code "overgenomen"; with {@code recovery}, it leaves that code in a recovery save
 * (as a window that crashed); with {@code hold}, it just closes (its lock file deleted). Then "done". With
 * {@code scribble} it only writes over the lock file's content by its path and says "done".
 */
public final class TakeOverMain {
    private TakeOverMain() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String how = args.length > 1 ? args[1] : "hold";
        Path lockFile = dir.resolve(StoreFormat.LOCK);
        if (how.equals("scribble")) { // another program writing over the holder's details, by the path
            Files.writeString(lockFile, "rommel");
            System.out.println("done");
            return;
        }
        Path mine = dir.resolve(StoreFormat.LOCK + "-other");
        try (FileChannel channel = FileChannel.open(mine, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock(Long.MAX_VALUE - 1, 1, false)) {
            channel.write(ByteBuffer.wrap(("{\"program\":\"cli\",\"user\":\"ander\",\"host\":\"elders\",\"pid\":"
                    + ProcessHandle.current().pid() + ",\"since\":\"2026-12-06T06:00:00Z\",\"nonce\":\"theirs\"}")
                    .getBytes(StandardCharsets.UTF_8)));
            Files.move(mine, lockFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println("held");
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        }
        if (how.equals("save") || how.equals("recovery")) {
            try (ProjectStore store = ProjectStore.open(dir)) {
                store.session().execute(CodeCommands.add(Code.of("overgenomen", "Overgenomen", null, null)));
                // "recovery": its work left in a recovery save, as a window that crashed leaves it
                store.write(store.capture(), how.equals("save") ? ProjectStore.Target.SAVE
                        : ProjectStore.Target.RECOVERY);
            }
        } else {
            Files.deleteIfExists(lockFile);
        }
        System.out.println("done");
    }
}
