package dev.signals.sample.jobs;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The notification package is reached through signals only, as the Django tutorial's
 * notifications app: no other package imports it. The feature packages depend on each other
 * in one direction only.
 */
@AnalyzeClasses(packages = "dev.signals.sample.jobs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule jobsAndSubscriptionsNeverImportNotifications = noClasses().that()
		.resideInAnyPackage("..jobs.job..", "..jobs.subscription..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..jobs.notification..");

	@ArchTest
	static final ArchRule nothingOutsideImportsNotifications = noClasses().that()
		.resideOutsideOfPackage("..jobs.notification..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("..jobs.notification..");

	@ArchTest
	static final ArchRule onlyThePublicApiOfTheStarterIsUsed = noClasses().should()
		.dependOnClassesThat(resideInAPackage("dev.signals..").and(not(resideInAPackage("dev.signals")))
			.and(not(resideInAPackage("dev.signals.sample.."))))
		.as("no classes should depend on the starter's internals, only on the dev.signals API");

	@ArchTest
	static final ArchRule featurePackagesAreFreeOfCycles = slices().matching("dev.signals.sample.jobs.(*)..")
		.should()
		.beFreeOfCycles();

}
