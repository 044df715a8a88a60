package dev.signals.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The library's rooms: the API is the ground floor and depends on nothing of ours, each
 * concept has its own package, and the packages depend on each other in one direction.
 */
@AnalyzeClasses(packages = "dev.signals", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule apiDependsOnNothingInternal = noClasses().that()
		.resideInAPackage("dev.signals")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("dev.signals.*..")
		.as("the API in dev.signals should depend on nothing internal");

	@ArchTest
	static final ArchRule packagesAreFreeOfCycles = slices().matching("dev.signals.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule dispatcherKnowsOnlyTheApi = noClasses().that()
		.resideInAPackage("dev.signals.dispatch..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("dev.signals.transaction..", "dev.signals.receivers..", "dev.signals.delivery..",
				"dev.signals.hibernate..", "dev.signals.actuate..", "dev.signals.autoconfigure..")
		.as("the dispatcher should depend on the API only: phases, discovery, delivery and Hibernate build on it");

	@ArchTest
	static final ArchRule onlyTheAutoConfigurationWiresTheRooms = noClasses().that()
		.resideOutsideOfPackage("dev.signals.autoconfigure..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("dev.signals.autoconfigure..")
		.as("nothing should depend on the auto-configuration, which wires the other packages");

}
