package io.dangol.crm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module rules of DESIGN.md, checked on the classes of all four jars. */
class ArchitectureTest {

    private static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("io.dangol.crm");

    /** The domain is every class outside the adapter packages and outside crm-app's wiring. */
    private static final String[] ADAPTERS = {"..persistence..", "..web..", "io.dangol.crm.app.."};

    @Test
    void theDomainUsesNoSpringAndNoJpa() {
        noClasses().that().resideOutsideOfPackages(ADAPTERS).and().doNotHaveSimpleName("DangolApplication")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "org.hibernate..", "jakarta.servlet..", "java.sql..", "javax.sql..")
                .check(ALL);
    }

    @Test
    void theWebNeverTouchesJpaOrTheDatabase() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "..persistence..", "org.springframework.jdbc..", "org.springframework.data..")
                .check(ALL);
    }

    @Test
    void persistenceAndWebDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("..persistence..").should().dependOnClassesThat().resideInAPackage("..web..")
                .check(ALL);
    }

    @Test
    void nothingReachesIntoAnotherFeaturesAdapters() {
        slices().matching("io.dangol.crm.(*).persistence..").should().notDependOnEachOther().check(ALL);
        slices().matching("io.dangol.crm.(*).web..").should().notDependOnEachOther().check(ALL);
        classes().that().resideInAPackage("io.dangol.crm.(*).persistence..").and().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().notBePublic().check(ALL);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching("io.dangol.crm.(*)..").should().beFreeOfCycles().check(ALL);
    }

    @Test
    void noManagersHelpersOrUtils() {
        noClasses().should().haveSimpleNameEndingWith("Manager").orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util").orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("ServiceImpl").check(ALL);
    }
}
