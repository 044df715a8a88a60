package dev.signals.test;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Conventions;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestExecutionListener;

import dev.signals.Signals;
import dev.signals.dispatch.DefaultSignals;

/**
 * Clears the recordings of {@link RecordSignals} and applies {@link MuteSignals} around each
 * test method's execution, on the thread that runs it. Test classes with neither annotation
 * cost nothing, not even loading their context.
 */
final class SignalsTestExecutionListener implements TestExecutionListener {

	private static final String UNMUTE = Conventions.getQualifiedAttributeName(SignalsTestExecutionListener.class,
			"unmute");

	@Override
	public void beforeTestExecution(TestContext testContext) {
		boolean record = TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), RecordSignals.class);
		boolean mute = AnnotatedElementUtils.hasAnnotation(testContext.getTestMethod(), MuteSignals.class)
				|| TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), MuteSignals.class);
		if (!record && !mute) {
			return;
		}
		ApplicationContext context = testContext.getApplicationContext();
		if (record) {
			context.getBeanProvider(RecordedSignals.class).ifAvailable(RecordedSignals::clear);
		}
		if (mute) {
			DefaultSignals signals = context.getBeanProvider(DefaultSignals.class).getIfUnique();
			if (signals != null) {
				testContext.setAttribute(UNMUTE, signals.mute());
			}
			else if (context.getBeanProvider(Signals.class).getIfAvailable() != null) {
				throw new IllegalStateException("@MuteSignals on " + testContext.getTestMethod()
						+ " cannot mute the application's own Signals bean; mute it in the test instead");
			}
		}
	}

	@Override
	public void afterTestExecution(TestContext testContext) {
		if (testContext.removeAttribute(UNMUTE) instanceof Runnable unmute) {
			unmute.run();
		}
	}

}
