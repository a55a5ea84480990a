package io.alchemy.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.alchemy.exc.ArgumentError;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesMapsListsAndScalars() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("s", "a \"q\" \\ \n\t\u0001");
        doc.put("n", Arrays.asList(1, 2.5, null, true, false));
        doc.put("o", Map.of());
        assertThat(Json.write(doc)).isEqualTo("{\"s\": \"a \\\"q\\\" \\\\ \\n\\t\\u0001\", \"n\": [1, 2.5, null, true, false], \"o\": {}}");
        assertThat(Json.write(new int[] {1, 2})).isEqualTo("[1, 2]");
        assertThat(Json.write(null)).isEqualTo("null");
    }

    @Test
    void parsesWithTheSmallestFittingNumberType() {
        Object parsed = Json.parse(" {\"a\": [1, 12345678901, 123456789012345678901234, -2.5e3, \"\\u00e9\\/\"], \"b\": {} } ");
        assertThat(parsed).isEqualTo(Map.of("a", List.of(1, 12345678901L, new BigInteger("123456789012345678901234"), -2500.0, "é/"),
                "b", Map.of()));
        assertThat(Json.parse("null")).isNull();
        assertThat(Json.parse("[]")).isEqualTo(List.of());
    }

    @Test
    void roundTripsUnicode() {
        String text = "日本語 😀 ☃";
        assertThat(Json.parse(Json.write(List.of(text)))).isEqualTo(List.of(text));
    }

    @Test
    void rejectsWhatJsonCannotHold() {
        assertThatThrownBy(() -> Json.write(Map.of(1, "x"))).isInstanceOf(ArgumentError.class).hasMessageContaining("keys must be strings");
        assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(ArgumentError.class).hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> Json.write(Double.NaN)).isInstanceOf(ArgumentError.class);
    }

    @Test
    void reportsWhereTheTextIsBroken() {
        assertThatThrownBy(() -> Json.parse("{\"a\": }")).isInstanceOf(ArgumentError.class).hasMessageContaining("position 6");
        assertThatThrownBy(() -> Json.parse("[1, 2")).isInstanceOf(ArgumentError.class);
        assertThatThrownBy(() -> Json.parse("\"open")).isInstanceOf(ArgumentError.class).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> Json.parse("1 2")).isInstanceOf(ArgumentError.class).hasMessageContaining("after the value");
    }
}
