package io.alchemy.spring.boot.autoconfigure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** Spring Boot's own rules for auto-configuration classes, checked on ours. */
class AutoConfigurationRulesTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.alchemy.spring.boot.autoconfigure");

    @Test
    void autoConfigurationsArePublicFinalWithoutPublicMethods() {
        classes().that().areAnnotatedWith(AutoConfiguration.class)
                .should().bePublic().andShould().haveModifier(JavaModifier.FINAL).check(MAIN);
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(AutoConfiguration.class)
                .should().notBePublic().check(MAIN);
    }

    @Test
    void beanMethodsAreNotConditionalOnClass() {
        noMethods().that().areAnnotatedWith(Bean.class).should().beAnnotatedWith(ConditionalOnClass.class).check(MAIN);
    }

    @Test
    void autoConfigurationsAreListedForBoot() throws Exception {
        String imports = new String(getClass().getResourceAsStream(
                "/META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports").readAllBytes());
        classes().that().areAnnotatedWith(AutoConfiguration.class)
                .should(new com.tngtech.archunit.lang.ArchCondition<>("be listed in AutoConfiguration.imports") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass item,
                            com.tngtech.archunit.lang.ConditionEvents events) {
                        if (!imports.lines().map(String::trim).toList().contains(item.getName())) {
                            events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(item,
                                    item.getName() + " is missing from AutoConfiguration.imports"));
                        }
                    }
                }).check(MAIN);
    }
}
