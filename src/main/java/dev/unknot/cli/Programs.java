package dev.unknot.cli;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a program of the system is there to be run. */
final class Programs {
    private Programs() {}

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}
