package io.alchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParameterReprTest {

    /** Python's repr of {@code Decimal('1E+131072')}: no 131,073 digits (the echo of such a value ran out of memory). */
    @Test
    void aHugeDecimalIsReprdInScientificNotation() {
        assertThat(ParameterRepr.single(List.of(new BigDecimal("1E+131072")))).isEqualTo("(Decimal('1E+131072'),)");
        assertThat(ParameterRepr.single(List.of(new BigDecimal("12.50")))).isEqualTo("(Decimal('12.50'),)");
    }

    @Test
    void singleExecutionIsAPythonTuple() {
        assertThat(ParameterRepr.single(List.of())).isEqualTo("()");
        assertThat(ParameterRepr.single(List.of(2))).isEqualTo("(2,)");
        assertThat(ParameterRepr.single(List.of("some_table"))).isEqualTo("('some_table',)");
        assertThat(ParameterRepr.single(Arrays.asList(1, null, true, 1.5, "it's"))).isEqualTo("(1, None, True, 1.5, \"it's\")");
        assertThat(ParameterRepr.single(List.of(new BigDecimal("9.90"), new byte[] {1, 'a'}))).isEqualTo("(Decimal('9.90'), b'\\x01a')");
    }

    @Test
    void executemanyIsAListOfTuples() {
        assertThat(ParameterRepr.multi(List.of(List.of(1, 1), List.of(2, 4)))).isEqualTo("[(1, 1), (2, 4)]");
    }

    @Test
    void moreThanTenSetsShowTheFirstEightAndTheLastTwo() {
        List<List<?>> sets = new ArrayList<>();
        IntStream.range(0, 100).forEach(i -> sets.add(List.of(String.valueOf(i))));
        assertThat(ParameterRepr.multi(sets)).isEqualTo("[('0',), ('1',), ('2',), ('3',), ('4',), ('5',), ('6',), ('7',)"
                + "  ... displaying 10 of 100 total bound parameter sets ...  ('98',), ('99',)]");
    }

    @Test
    void aTupleOfMoreThanAHundredValuesShowsTheFirstAndLastFifty() {
        List<Integer> values = java.util.stream.IntStream.range(0, 2000).boxed().toList();
        String repr = ParameterRepr.single(values);
        assertThat(repr).startsWith("(0, 1, 2, ").contains(", 49 ... 1900 parameters truncated ... 1950, 1951, ")
                .endsWith(", 1999)");
        assertThat(ParameterRepr.single(values.subList(0, 100))).endsWith(", 98, 99)").doesNotContain("truncated");
    }

    @Test
    void longValuesAreCutTo300Characters() {
        String repr = ParameterRepr.single(List.of("x".repeat(1000)));
        assertThat(repr).isEqualTo("('" + "x".repeat(149) + " ... (702 characters truncated) ... " + "x".repeat(149) + "',)");
    }

    @Test
    void generalNumberFormatMatchesPythonsPercentG() {
        assertThat(PythonRepr.general(0.0005539, 4)).isEqualTo("0.0005539");
        assertThat(PythonRepr.general(0.00005539123, 4)).isEqualTo("5.539e-05");
        assertThat(PythonRepr.general(12.34567, 4)).isEqualTo("12.35");
        assertThat(PythonRepr.general(2.5, 4)).isEqualTo("2.5");
        assertThat(PythonRepr.general(123456.0, 4)).isEqualTo("1.235e+05");
    }
}
