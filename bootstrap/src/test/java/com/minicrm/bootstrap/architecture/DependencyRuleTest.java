package com.minicrm.bootstrap.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.minicrm.bootstrap.architecture.planted.adapter.in.rest.ServiceCaller;
import com.minicrm.bootstrap.architecture.planted.adapter.in.web.OutgoingPortUser;
import com.minicrm.bootstrap.architecture.planted.adapter.out.llm.BootstrapUser;
import com.minicrm.bootstrap.architecture.planted.adapter.out.persistence.Store;
import com.minicrm.bootstrap.architecture.planted.adapter.out.vendor.PersistenceUser;
import com.minicrm.bootstrap.architecture.planted.application.AdapterUser;
import com.minicrm.bootstrap.architecture.planted.domain.JacksonUser;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hexagon's dependency direction: domain ← application ← adapters ← bootstrap; adapters reach the
 * application only through its ports, and incoming adapters only through the incoming ones. Every
 * rule is also run over planted violations (classes in this test's {@code planted} package, which
 * mirrors the real layout under another root) and over no classes at all, and must fail on both.
 */
class DependencyRuleTest {
    /** The six adapters, {@code <direction>.<name>}, that the slice rule must see. */
    static final Set<String> ADAPTERS_EXPECTED = Set.of("in.rest", "in.web", "out.persistence", "out.messaging", "out.vendor", "out.llm");

    private static final String ROOT = "com.minicrm";
    private static final String PLANTED = ROOT + ".bootstrap.architecture.planted";

    private static JavaClasses production;
    private static JavaClasses planted;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
        planted = new ClassFileImporter().importPackages(PLANTED);
    }

    /** The rules over a code base whose layers sit under one root package. */
    record Rules(String root, String domain, String application, String ports, String outgoingPorts, String adapters,
            String incomingAdapters, String bootstrap) {
        static Rules under(String root) {
            return new Rules(root, root + ".domain..", root + ".application..", root + ".application.port..",
                    root + ".application.port.out..", root + ".adapter..", root + ".adapter.in..", root + ".bootstrap..");
        }

        Map<String, ArchRule> all() {
            return Map.of(
                    "the domain uses only the JDK and its cryptography",
                    classes().that().resideInAPackage(domain)
                            .should().onlyDependOnClassesThat().resideInAnyPackage(domain, "java..", "javax.crypto.."),
                    "the application uses only the domain and the JDK",
                    classes().that().resideInAPackage(application)
                            .should().onlyDependOnClassesThat().resideInAnyPackage(domain, application, "java.."),
                    "the core never reaches outward",
                    noClasses().that().resideInAnyPackage(domain, application)
                            .should().dependOnClassesThat().resideInAnyPackage(adapters, bootstrap),
                    "adapters use the application only through its ports",
                    noClasses().that().resideInAPackage(adapters)
                            .should().dependOnClassesThat(resideInAPackage(application).and(not(resideInAPackage(ports)))),
                    "incoming adapters never use outgoing ports",
                    noClasses().that().resideInAPackage(incomingAdapters).should().dependOnClassesThat().resideInAPackage(outgoingPorts),
                    "no adapter depends on another",
                    slices().matching(root + ".adapter.(*).(*)..").should().notDependOnEachOther(),
                    "adapters never depend on the bootstrap",
                    noClasses().that().resideInAPackage(adapters).should().dependOnClassesThat().resideInAPackage(bootstrap));
        }
    }

    static Stream<Arguments> rules() {
        Map<String, ArchRule> real = Rules.under(ROOT).all();
        Map<String, ArchRule> fake = Rules.under(PLANTED).all();
        return real.keySet().stream().sorted().map(name -> Arguments.of(name, real.get(name), fake.get(name)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theCodeKeepsTheRule(String name, ArchRule rule, ArchRule plantedRule) {
        rule.check(production);
    }

    /** Each planted class breaks exactly the rule it is named for; the rule must see it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRuleCatchesAPlantedViolation(String name, ArchRule rule, ArchRule plantedRule) {
        assertThatThrownBy(() -> plantedRule.check(planted)).as(name).isInstanceOf(AssertionError.class)
                .hasMessageContaining(PLANTED);
    }

    /** A rule over a package with no classes would pass vacuously; it must fail instead. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theRuleFailsOnAnEmptyCodeBase(String name, ArchRule rule, ArchRule plantedRule) {
        JavaClasses none = new ClassFileImporter().importClasses(List.of());
        assertThatThrownBy(() -> rule.check(none)).as(name).isInstanceOf(AssertionError.class);
    }

    @Test
    void thePlantedViolationsAreTheOnesNamed() {
        assertThat(planted.stream().map(c -> c.getName())).contains(Stream.of(JacksonUser.class, AdapterUser.class, ServiceCaller.class,
                OutgoingPortUser.class, PersistenceUser.class, Store.class, BootstrapUser.class).map(Class::getName).toArray(String[]::new));
    }

    @Test
    void theSliceRuleSeesEveryAdapter() {
        List<String> slicesFound = production.stream()
                .map(c -> c.getPackageName())
                .filter(p -> p.startsWith(ROOT + ".adapter."))
                .map(p -> p.split("\\.")[3] + "." + p.split("\\.")[4])
                .distinct()
                .toList();
        assertThat(slicesFound).as("adapters seen by the slice rule").containsExactlyInAnyOrderElementsOf(ADAPTERS_EXPECTED);
    }
}
