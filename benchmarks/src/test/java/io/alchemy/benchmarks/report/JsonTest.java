package io.alchemy.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsObjectsArraysStringsNumbersAndLiterals() {
        Object value = Json.parse(" {\"a\": [1, -2.5e3, \"x\\\"y\\u0041\"], \"b\": {\"t\": true, \"f\": false, \"n\": null}} ");
        assertThat(value).isEqualTo(Map.of("a", List.of(1.0, -2500.0, "x\"yA"),
                "b", new java.util.HashMap<>(java.util.Collections.singletonMap("n", null)) {
                    {
                        put("t", true);
                        put("f", false);
                    }
                }));
    }

    @Test
    void rejectsTruncatedOrTrailingInput() {
        assertThatThrownBy(() -> Json.parse("[1, 2")).hasMessageContaining("Bad JSON");
        assertThatThrownBy(() -> Json.parse("\"abc")).hasMessageContaining("unterminated string");
        assertThatThrownBy(() -> Json.parse("{} x")).hasMessageContaining("trailing characters");
    }
}
