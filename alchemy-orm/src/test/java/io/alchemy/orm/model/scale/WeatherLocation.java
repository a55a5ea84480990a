package io.alchemy.orm.model.scale;

import io.alchemy.orm.Mapped;
import io.alchemy.orm.MappedColumn;
import io.alchemy.orm.Relationship;
import io.alchemy.orm.shard.UuidV7;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQLAlchemy's sharding example: a location, sharded by continent, with UUIDv7 keys unique across shards. */
@Mapped(table = "weather_locations")
public class WeatherLocation {
    @MappedColumn(primaryKey = true, insertDefault = UuidV7.class) UUID id;
    @MappedColumn(length = 30) String continent;
    @MappedColumn(length = 50) String city;
    @Relationship(backPopulates = "location") List<Report> reports = new ArrayList<>();

    protected WeatherLocation() {
    }

    public WeatherLocation(String continent, String city) {
        this.continent = continent;
        this.city = city;
    }

    public UUID getId() {
        return id;
    }

    public String getContinent() {
        return continent;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public List<Report> getReports() {
        return reports;
    }

    @Override
    public String toString() {
        return "WeatherLocation(" + continent + ", " + city + ")";
    }
}
