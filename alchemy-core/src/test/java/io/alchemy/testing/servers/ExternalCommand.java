package io.alchemy.testing.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external program (pg_createcluster, mariadb-install-db, ...) with a time limit: a program still running
 * when its time is up is killed, and the failure names the command, its exit code and its output.
 */
public final class ExternalCommand {
    private ExternalCommand() {
    }

    /** The outcome of a command that ran to its end: exit code and combined standard output and error. */
    public record Result(List<String> command, int exitCode, String output) {
        /** Whether the program exited with code 0. */
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /** Runs {@code command}; a non-zero exit code fails with the command's output. */
    public static String run(Duration timeout, String... command) {
        Result result = tryRun(timeout, command);
        if (!result.succeeded()) {
            throw new IllegalStateException("Command failed with exit code " + result.exitCode() + ": "
                    + String.join(" ", command) + "\n" + result.output());
        }
        return result.output();
    }

    /** Runs {@code command} and returns its result whatever its exit code; fails only when it cannot run or times out. */
    public static Result tryRun(Duration timeout, String... command) {
        List<String> args = List.of(command);
        Path output = null;
        try {
            output = Files.createTempFile("alchemy-cmd", ".out");
            Process process = new ProcessBuilder(new ArrayList<>(args))
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                throw new IllegalStateException("Command did not finish within " + timeout + ": "
                        + String.join(" ", args) + "\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Result(args, process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + String.join(" ", args), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", args), e);
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            }
        }
    }
}
