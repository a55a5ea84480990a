package io.alchemy.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The configuration processor documents every alchemy.* property: its type, description (the field's javadoc) and default. */
class ConfigurationMetadataTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            alchemy.echo                          | java.lang.Boolean | false | to log every SQL statement
            alchemy.compiled-cache-size           | java.lang.Integer | 500   | compiled statements kept
            alchemy.ddl-auto                      | io.alchemy.spring.boot.autoconfigure.schema.DdlAuto | none | tables of the mapped classes
            alchemy.session.autoflush             | java.lang.Boolean | true  | flushes pending changes
            alchemy.session.expire-on-commit      | java.lang.Boolean | false | are expired
            alchemy.session.outside-transaction   | io.alchemy.spring.boot.autoconfigure.OutsideTransaction     | fail | no Spring transaction active
            alchemy.metrics.enabled               | java.lang.Boolean | true  | report to Micrometer
            alchemy.repositories.enabled          | java.lang.Boolean | true  | AlchemyRepository
            alchemy.n-plus-one                    | io.alchemy.spring.boot.autoconfigure.NPlusOne | warn | once per object
            alchemy.n-plus-one-threshold          | java.lang.Integer | 5     | make an N+1 incident
            alchemy.statement-statistics.enabled  | java.lang.Boolean | true  | statistics per statement shape
            alchemy.statement-statistics.max-statements | java.lang.Integer | 200 | least total time is evicted
            alchemy.replica.url                   | java.lang.String  | null  | JDBC URL of the read replica
            alchemy.replica.pool.name             | java.lang.String  | alchemy-replica | hikaricp.* meters
            alchemy.replica.pool.maximum-size     | java.lang.Integer | 10    | Maximum connections
            alchemy.replica.read-your-writes.enabled | java.lang.Boolean | true | see their own writes
            alchemy.replica.read-your-writes.window  | java.time.Duration | 5s | stays on the primary
            """)
    void describesTheProperty(String name, String type, String defaultValue, String described) throws Exception {
        Map<String, Object> property = property(name);
        assertThat(property.get("type")).isEqualTo(type);
        assertThat(String.valueOf(property.get("defaultValue")).toLowerCase().replace('_', '-')).isEqualTo(defaultValue);
        assertThat((String) property.get("description")).contains(described);
    }

    private static Map<String, Object> property(String name) throws Exception {
        try (InputStream json = ConfigurationMetadataTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            DocumentContext metadata = JsonPath.parse(json);
            List<Map<String, Object>> found = metadata.read("$.properties[?(@.name == '" + name + "')]");
            assertThat(found).as(name).hasSize(1);
            return found.get(0);
        }
    }
}
