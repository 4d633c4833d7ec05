package io.dangol.crm;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.dangol.crm.shared.WritePort;
import org.junit.jupiter.api.Test;

/**
 * The module rules of docs/architecture.md, checked on the classes of all four jars: a feature package
 * ({@code io.dangol.crm.contact}) is the feature's public API; its {@code .web} and {@code .persistence} sub-packages
 * are its internals, which no other feature touches.
 */
class ArchitectureTest {

    static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.dangol.crm");

    /** The domain is every class outside the adapter packages and outside crm-app's wiring. */
    static final String[] ADAPTERS = {"..persistence..", "..web..", "io.dangol.crm.app.."};

    /** Each module's shared plumbing (security and layout, SQL building blocks, wiring): not a feature. */
    static final String[] INFRASTRUCTURE = {"io.dangol.crm.web..", "io.dangol.crm.persistence..", "io.dangol.crm.app.."};

    @Test
    void theDomainUsesNoSpringJpaOrJdbc() {
        noClasses().that().resideOutsideOfPackages(ADAPTERS).and().doNotHaveSimpleName("DangolApplication")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "jakarta.servlet..", "java.sql..", "javax.sql..", "org.postgresql..")
                .orShould().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .check(ALL);
    }

    @Test
    void theWebNeverTouchesJpaOrTheDatabase() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "..persistence..", "org.springframework.jdbc..", "org.springframework.data..")
                .check(ALL);
    }

    /** Controllers parse, call a use case or a query port, and render: whatever changes data goes through a use case. */
    @Test
    void theWebCallsUseCasesNeverAWritePort() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().areAnnotatedWith(WritePort.class)
                .because("a page or the API changes data only through a use case, which owns the rules and the transaction")
                .check(ALL);
    }

    @Test
    void persistenceAndWebDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("..persistence..").should().dependOnClassesThat().resideInAPackage("..web..")
                .check(ALL);
    }

    @Test
    void nothingReachesIntoAnotherFeaturesInternals() {
        slices().matching("io.dangol.crm.(*).persistence..").should().notDependOnEachOther().check(ALL);
        slices().matching("io.dangol.crm.(*).web..").should().notDependOnEachOther().check(ALL);
        classes().that().resideInAPackage("io.dangol.crm.(*).persistence..").and().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().notBePublic().check(ALL);
    }

    @Test
    void writePortsAreImplementedOnlyByPersistence() {
        classes().that().areAnnotatedWith(WritePort.class).should().beInterfaces().check(ALL);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("io.dangol.crm.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAnyPackage(INFRASTRUCTURE), DescribedPredicate.alwaysTrue())
                .check(ALL);
    }

    @Test
    void noManagersHelpersOrUtils() {
        noClasses().should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("ServiceImpl").check(ALL);
    }
}
