package io.alchemy.testing.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;

/**
 * Architecture rules every Alchemy module checks in its own {@code LayeringTest} (core's test-jar carries them):
 * acyclic packages, and dialect decisions taken by dialects.
 */
public final class ArchitectureRules {
    private static final String DIALECT = "io.alchemy.dialect.Dialect";
    private static final Set<String> STRING_COMPARISONS = Set.of("equals", "equalsIgnoreCase", "contentEquals",
            "hashCode", "compareTo", "compareToIgnoreCase", "startsWith", "endsWith", "contains", "matches");

    private ArchitectureRules() {
    }

    /** A module's main classes under {@code packageName}: its tests and the jars it depends on left out. */
    public static JavaClasses mainClasses(String packageName) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(packageName);
    }

    /** No dependency cycle between the packages under {@code rootPackage} (each subpackage tree is one slice). */
    public static ArchRule noPackageCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(**)").should().beFreeOfCycles();
    }

    /**
     * Nothing outside {@code io.alchemy.dialect..} compares a dialect's name: what differs per database is a
     * method of {@code Dialect}. A method (or lambda body) outside the dialect packages that reads
     * {@code Dialect.name()} must not also compare strings ({@code equals}, {@code equalsIgnoreCase}, a
     * {@code switch} on a string, which calls {@code hashCode}, …) or call {@code Objects.equals}; reading the name
     * for a message or a metric tag is fine.
     */
    public static ArchRule noDialectNameComparisons() {
        return codeUnits().that().areDeclaredInClassesThat().resideOutsideOfPackage("io.alchemy.dialect..")
                .should(notCompareADialectName())
                .because("what differs per database is a capability or hook of io.alchemy.dialect.Dialect");
    }

    private static ArchCondition<JavaCodeUnit> notCompareADialectName() {
        return new ArchCondition<>("not compare a dialect's name()") {
            @Override
            public void check(JavaCodeUnit method, ConditionEvents events) {
                List<JavaCall<?>> nameCalls = method.getCallsFromSelf().stream().filter(ArchitectureRules::isDialectName)
                        .toList();
                if (nameCalls.isEmpty()) {
                    return;
                }
                method.getCallsFromSelf().stream().filter(ArchitectureRules::isComparison).findFirst()
                        .ifPresent(comparison -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " reads Dialect.name() (" + nameCalls.get(0).getSourceCodeLocation()
                                        + ") and compares strings (" + comparison.getSourceCodeLocation() + ")")));
            }
        };
    }

    private static boolean isDialectName(JavaCall<?> call) {
        return call.getName().equals("name") && call.getTarget().getParameterTypes().isEmpty()
                && call.getTargetOwner().isAssignableTo(DIALECT);
    }

    private static boolean isComparison(JavaCall<?> call) {
        String owner = call.getTargetOwner().getName();
        return owner.equals(String.class.getName()) && STRING_COMPARISONS.contains(call.getName())
                || owner.equals(java.util.Objects.class.getName()) && call.getName().equals("equals");
    }
}
