package io.alchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metamodel generator, run by javac because alchemy-orm is on the class path (no -processor option). */
class MetamodelProcessorTest {
    static final String BOOK = """
            package demo;

            import io.alchemy.orm.Mapped;
            import io.alchemy.orm.MappedColumn;
            import io.alchemy.orm.Relationship;
            import io.alchemy.orm.Version;
            import java.util.List;
            import java.util.Set;
            import org.jspecify.annotations.Nullable;

            @Mapped(table = "book")
            public class Book {
                static int created;
                @MappedColumn(primaryKey = true) long id;
                @MappedColumn @Nullable String title;
                @MappedColumn List<String> tags;
                @MappedColumn byte @Nullable [] cover;
                @Version int version;
                @Relationship Set<Author> authors;
                @Relationship(target = Author.class) List reviewers;
                String plain;
                protected Book() {}
                public Book(String title) { this.title = title; }
                public String getTitle() { return title; }
                public void setTitle(String title) { this.title = title; }
            }
            """;
    static final String AUTHOR = """
            package demo;

            import io.alchemy.orm.Mapped;
            import io.alchemy.orm.MappedColumn;

            @Mapped
            public class Author {
                @MappedColumn(primaryKey = true) Integer id;
                @MappedColumn(foreignKey = "book.id") Long bookId;
            }
            """;
    static final String SHELF = """
            package demo;

            import io.alchemy.orm.Mapped;
            import io.alchemy.orm.MappedColumn;

            public class Shelf {
                @Mapped
                public static class Slot {
                    @MappedColumn(primaryKey = true) Integer id;
                }
            }
            """;

    @Test
    void generatesTypedAttributesForEveryMappedField() {
        TestCompiler.Compilation result = TestCompiler.compile(Map.of("demo.Book", BOOK, "demo.Author", AUTHOR));
        assertThat(result.success()).as(result.messages()).isTrue();
        String book = result.generatedSource("demo.Book_");
        assertThat(book)
                .contains("package demo;")
                .contains("@Generated(\"io.alchemy.orm.processor.MetamodelProcessor\")")
                .contains("public final class Book_ {")
                .contains("public static final ColumnAttribute<demo.Book, java.lang.Long> id =\n"
                        + "            ColumnAttribute.of(demo.Book.class, \"id\");")
                .contains("ColumnAttribute<demo.Book, java.lang.String> title =")
                .contains("ColumnAttribute<demo.Book, java.util.List<java.lang.String>> tags =")
                .contains("ColumnAttribute<demo.Book, byte[]> cover =")
                .contains("ColumnAttribute<demo.Book, java.lang.Integer> version =")
                .contains("RelationshipAttribute<demo.Book, demo.Author> authors =\n"
                        + "            RelationshipAttribute.of(demo.Book.class, \"authors\");")
                .contains("RelationshipAttribute<demo.Book, demo.Author> reviewers =")
                .doesNotContain("created").doesNotContain("plain").doesNotContain("Nullable");
        assertThat(result.generatedSource("demo.Author_")).contains("ColumnAttribute<demo.Author, java.lang.Long> bookId");
    }

    @Test
    void aNestedClassGetsAFlatName() {
        TestCompiler.Compilation result = TestCompiler.compile(Map.of("demo.Shelf", SHELF));
        assertThat(result.success()).as(result.messages()).isTrue();
        assertThat(result.generatedSource("demo.Shelf_Slot_"))
                .contains("public final class Shelf_Slot_ {")
                .contains("ColumnAttribute<demo.Shelf.Slot, java.lang.Integer> id =")
                .contains("ColumnAttribute.of(demo.Shelf.Slot.class, \"id\")");
    }

    @Test
    void nothingIsGeneratedWhenAnnotationProcessingIsOff() {
        TestCompiler.Compilation result = TestCompiler.compile(Map.of("demo.Shelf", SHELF), "-proc:none");
        assertThat(result.success()).as(result.messages()).isTrue();
        assertThat(result.generatedSource("demo.Shelf_Slot_")).isNull();
    }

    @Test
    void annotatingSomethingOtherThanAClassIsACompileError() {
        TestCompiler.Compilation result = TestCompiler.compile(Map.of("demo.Kind", """
                package demo;
                @io.alchemy.orm.Mapped
                public interface Kind {}
                """));
        assertThat(result.success()).isFalse();
        assertThat(result.messages()).contains("@Mapped applies to classes only");
    }

    @Test
    void aSubclassMetamodelHasTheInheritedAttributesFirstTypedForTheSubclass() {
        TestCompiler.Compilation result = TestCompiler.compile(Map.of("demo.Base", """
                package demo;
                import io.alchemy.orm.MappedColumn;
                import io.alchemy.orm.MappedSuperclass;
                @MappedSuperclass
                public abstract class Base { @MappedColumn(primaryKey = true) private Integer id; }
                """, "demo.Pet", """
                package demo;
                import io.alchemy.orm.Mapped;
                import io.alchemy.orm.MappedColumn;
                @Mapped(table = "pet", polymorphicOn = "kind")
                public abstract class Pet extends Base { @MappedColumn String name; @MappedColumn String kind; }
                """, "demo.Dog", """
                package demo;
                import io.alchemy.orm.Mapped;
                import io.alchemy.orm.MappedColumn;
                @Mapped(polymorphicIdentity = "dog")
                public class Dog extends Pet { @MappedColumn String breed; }
                """));
        assertThat(result.success()).as(result.messages()).isTrue();
        assertThat(result.generatedSource("demo.Base_")).isNull();          // a mapped superclass has no mapper
        String dog = result.generatedSource("demo.Dog_");
        assertThat(dog).contains("ColumnAttribute<demo.Dog, java.lang.Integer> id =\n"
                + "            ColumnAttribute.of(demo.Dog.class, \"id\");")
                .contains("ColumnAttribute<demo.Dog, java.lang.String> name =")
                .contains("ColumnAttribute<demo.Dog, java.lang.String> breed =");
        assertThat(dog.indexOf(" id =")).isLessThan(dog.indexOf(" name =")).isLessThan(dog.indexOf(" breed ="));
        assertThat(result.generatedSource("demo.Pet_")).contains("ColumnAttribute<demo.Pet, java.lang.Integer> id =")
                .doesNotContain("breed");
    }
}
