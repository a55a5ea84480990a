package io.alchemy.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The suite's figures: one line per measured value, written to {@code target/fault-suite-report.md} and printed. */
final class FaultReport {
    private static final List<String[]> ROWS = new ArrayList<>();

    private FaultReport() {
    }

    static synchronized void add(String database, String scenario, String figure, Object value) {
        ROWS.add(new String[] {database, scenario, figure, String.valueOf(value)});
        System.out.println("fault-suite | " + database + " | " + scenario + " | " + figure + " | " + value);
    }

    /** Writes every figure so far (the file is rewritten after each database's scenarios). */
    static synchronized void write() {
        StringBuilder out = new StringBuilder("# Fault suite report\n\n")
                .append("Run at ").append(Instant.now()).append(" on private servers (loopback, spare ports).\n\n")
                .append("| Database | Scenario | Figure | Value |\n|---|---|---|---|\n");
        for (String[] row : ROWS) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        Path file = Paths.get("target", "fault-suite-report.md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
