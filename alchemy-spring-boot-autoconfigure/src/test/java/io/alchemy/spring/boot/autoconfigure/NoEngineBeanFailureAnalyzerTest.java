package io.alchemy.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.alchemy.engine.Engine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class NoEngineBeanFailureAnalyzerTest {

    @Test
    void explainsAMissingEngineWhenThereIsNoDataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(AlchemyAutoConfiguration.class))
                .withBean(NeedsAnEngine.class)
                .run(context -> {
                    assertThat(context).hasFailed();
                    FailureAnalysis analysis = new NoEngineBeanFailureAnalyzer().analyze(context.getStartupFailure());
                    assertThat(analysis).isNotNull();
                    assertThat(analysis.getDescription()).contains("No Alchemy Engine bean", "no single DataSource");
                    assertThat(analysis.getAction()).contains("spring.datasource.url", "@Primary");
                });
    }

    @Test
    void leavesOtherMissingBeansToSpringBoot() {
        new ApplicationContextRunner().withBean(NeedsAString.class).run(context -> {
            assertThat(context).hasFailed();
            assertThat(new NoEngineBeanFailureAnalyzer().analyze(context.getStartupFailure())).isNull();
        });
    }

    static class NeedsAnEngine {
        NeedsAnEngine(Engine engine) {
        }
    }

    static class NeedsAString {
        NeedsAString(StringBuilder missing) {
        }
    }
}
