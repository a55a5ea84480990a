package io.alchemy.orm.model.scale;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import io.alchemy.orm.shard.UuidV7;
import java.util.UUID;

/** A temperature reading of a {@link WeatherLocation}, on its location's shard. */
@Mapped(table = "weather_reports")
public class Report {
    @MappedColumn(primaryKey = true, insertDefault = UuidV7.class) UUID id;
    @MappedColumn(foreignKey = "weather_locations.id") UUID locationId;
    @MappedColumn Integer temperature;
    @MappedColumn Integer reading;
    @Relationship(backPopulates = "reports") WeatherLocation location;

    protected Report() {
    }

    public Report(WeatherLocation location, int temperature, int reading) {
        this.location = location;
        this.temperature = temperature;
        this.reading = reading;
    }

    public UUID getId() {
        return id;
    }

    public WeatherLocation getLocation() {
        return location;
    }

    public Integer getTemperature() {
        return temperature;
    }

    public void setTemperature(Integer temperature) {
        this.temperature = temperature;
    }

    public Integer getReading() {
        return reading;
    }
}
