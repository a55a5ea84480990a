package io.alchemy.dialect.mysql;

import io.alchemy.dialect.IdentifierPreparer;
import java.util.Set;

/**
 * Backticks and the MySQL and MariaDB reserved words (SQLAlchemy's lists for both; not the generic ANSI words, so
 * {@code user} or {@code end} stay plain names, as SQLAlchemy writes them); string literals also escape backslashes.
 */
public class MySQLIdentifierPreparer extends IdentifierPreparer {
    private static final Set<String> RESERVED = words("""
            accessible add all alter analyze and as asc asensitive before between bigint binary blob both by call
            cascade case change char character check collate column condition constraint continue convert create
            cross cube cume_dist current_date current_role current_time current_timestamp current_user cursor database
            databases day_hour day_microsecond day_minute day_second dec decimal declare default delayed delete
            dense_rank desc describe deterministic distinct distinctrow div double drop dual each else elseif empty
            enclosed escaped except exists exit explain false fetch first_value float float4 float8 for force foreign
            from fulltext function generated get grant group grouping groups having high_priority hour_microsecond
            hour_minute hour_second if ignore in index infile inner inout insensitive insert int int1 int2 int3 int4
            int8 integer intersect interval into io_after_gtids io_before_gtids is iterate join json_table key keys
            kill lag last_value lateral lead leading leave left like limit linear lines load localtime localtimestamp
            lock long longblob longtext loop low_priority master_bind master_ssl_verify_server_cert match maxvalue
            mediumblob mediumint mediumtext middleint minute_microsecond minute_second mod modifies natural not
            no_write_to_binlog nth_value ntile null numeric of offset on optimize optimizer_costs option optionally or
            order out outer outfile over page_checksum parse_vcol_expr partition percent_rank position precision
            primary procedure purge range rank read read_write reads real recursive references regexp release rename
            repeat replace require resignal restrict return returning revoke right rlike row row_number rows schema
            schemas second_microsecond select sensitive separator set show signal slow smallint spatial specific sql
            sql_big_result sql_calc_found_rows sql_small_result sqlexception sqlstate sqlwarning ssl starting stored
            straight_join system table terminated then tinyblob tinyint tinytext to trailing trigger true undo union
            unique unlock unsigned update usage use using utc_date utc_time utc_timestamp values varbinary varchar
            varcharacter varying virtual when where while window with write xor year_month zerofill
            admin array body do_domain_ids elsif general get_master_public_key goto history ignore_domain_ids
            ignore_server_ids master_heartbeat_period member others package parallel parse_gcol_expr period persist
            persist_only qualify raise ref_system_id role rowtype sql_after_gtids sql_before_gtids stats_auto_recalc
            stats_persistent stats_sample_pages system_time versioning without""");

    public MySQLIdentifierPreparer() {
        super('`', '`', RESERVED, false);
    }

    @Override
    public String literal(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
