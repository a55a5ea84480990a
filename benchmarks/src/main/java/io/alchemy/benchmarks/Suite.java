package io.alchemy.benchmarks;

import io.alchemy.benchmarks.report.MachineInfo;
import io.alchemy.benchmarks.report.ReportGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite and writes the report: {@code java -jar benchmarks/target/benchmarks.jar [flags]} from
 * the repository root (flags in {@link SuiteArgs}). JMH's JSON goes to {@code benchmarks/target/jmh-result.json},
 * the report generated from it to {@code docs/benchmarks.md}.
 */
public final class Suite {
    private Suite() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        SuiteArgs suite = SuiteArgs.parse(args);
        // the command that produced the JSON, kept beside it so --report-only can name it
        Path commandFile = Path.of(suite.json() + ".command");
        String command = "java -jar benchmarks/target/benchmarks.jar " + String.join(" ", SuiteArgs.withoutNote(args));
        if (!suite.reportOnly()) {
            run(suite);
            Files.writeString(commandFile, command.strip());
        } else if (Files.exists(commandFile)) {
            command = Files.readString(commandFile);
        }
        ReportGenerator.write(suite.json(), suite.report(), MachineInfo.current(), command.strip(), suite.note());
        System.out.println("Report written to " + suite.report().toAbsolutePath());
    }

    /** Runs the benchmarks {@code suite} selects, failing on the first contender that does not verify. */
    static Collection<RunResult> run(SuiteArgs suite) throws RunnerException, IOException {
        if (suite.json().getParent() != null) {
            Files.createDirectories(suite.json().getParent());
        }
        RunLength length = suite.length();
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^io\\.alchemy\\.benchmarks\\.(?=W)(?=.*(?:" + suite.include() + "))")
                .param("db", suite.databases().toArray(String[]::new))
                .forks(length.forks())
                .warmupIterations(length.warmupIterations())
                .warmupTime(TimeValue.milliseconds(length.iterationMillis()))
                .measurementIterations(length.iterations())
                .measurementTime(TimeValue.milliseconds(length.iterationMillis()))
                .shouldFailOnError(true)
                .jvmArgsAppend("-Xms2g", "-Xmx2g",
                        "-Dalchemy.bench.db-name=" + System.getProperty("alchemy.bench.db-name", "alch_bench"))
                .resultFormat(ResultFormatType.JSON)
                .result(suite.json().toString());
        for (Map.Entry<String, String[]> param : suite.params().entrySet()) {
            options.param(param.getKey(), param.getValue());
        }
        if (length.profilesAllocation()) {
            options.addProfiler(GCProfiler.class);
        }
        System.out.println("Alchemy benchmarks, " + length + ", databases " + suite.databases());
        return new Runner(options.build()).run();
    }
}
