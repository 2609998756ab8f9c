package com.minicrm.bootstrap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hexagon's dependency direction: domain ← application ← adapters ← bootstrap. */
class DependencyRuleTest {
    private static final String ROOT = "com.minicrm";
    private static final String DOMAIN = ROOT + ".domain..";
    private static final String APPLICATION = ROOT + ".application..";
    private static final String ADAPTERS = ROOT + ".adapter..";
    private static final String BOOTSTRAP = ROOT + ".bootstrap..";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    /** A rule over a package with no classes passes vacuously, so every named package must exist. */
    @ParameterizedTest
    @MethodSource("everyNamedPackage")
    void everyPackageTheRulesNameHasClasses(String pattern) {
        String prefix = pattern.substring(0, pattern.length() - 2);
        assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(prefix)))
                .as("classes in %s", pattern)
                .isTrue();
    }

    static List<String> everyNamedPackage() {
        return List.of(DOMAIN, APPLICATION, ADAPTERS, BOOTSTRAP);
    }

    @Test
    void theDomainUsesOnlyTheJdkAndItsCryptography() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "javax.crypto..")
                .check(classes);
    }

    @Test
    void theApplicationUsesOnlyTheDomainAndTheJdk() {
        classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, APPLICATION, "java..")
                .check(classes);
    }

    @Test
    void theCoreNeverReachesOutward() {
        noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".adapter..", BOOTSTRAP)
                .check(classes);
    }

    /** Each adapter is one slice, {@code adapter.<direction>.<name>}, whichever adapters exist. */
    @Test
    void noAdapterDependsOnAnother() {
        slices().matching(ROOT + ".adapter.(*).(*)..").should().notDependOnEachOther().check(classes);
    }

    @Test
    void adaptersNeverDependOnBootstrap() {
        noClasses().that().resideInAPackage(ADAPTERS).should().dependOnClassesThat().resideInAPackage(BOOTSTRAP).check(classes);
    }

    @Test
    void theSliceRuleSeesTheAdaptersThatHaveCode() {
        List<String> slicesFound = classes.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith(ROOT + ".adapter."))
                .map(p -> p.split("\\.")[3] + "." + p.split("\\.")[4])
                .distinct()
                .toList();
        assertThat(slicesFound).as("adapters seen by the slice rule").contains("in.rest", "in.web", "out.persistence", "out.messaging");
    }
}
