package dev.signals.sample.jobs.notification;

import dev.signals.sample.jobs.notification.Notification.Status;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.mail.MailSendException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;

class NotifierTests {

	private final MailBackend backend = mock(MailBackend.class);

	private final NotificationRepository notifications = mock(NotificationRepository.class);

	private final PlatformTransactionManager transactionManager = mock(PlatformTransactionManager.class);

	private final Notifier notifier = new Notifier(this.backend, this.notifications,
			new NotificationProperties("board@example.com"), this.transactionManager);

	private final Email email = new Email("ann@example.com", "Welcome", "Hello");

	@Test
	void storesASentEmailInANewTransaction() {
		this.notifier.send(this.email);

		then(this.backend).should().send("board@example.com", this.email);
		assertThat(stored().getStatus()).isEqualTo(Status.SENT);
		then(this.transactionManager).should()
			.getTransaction(argThat((definition) -> definition
				.getPropagationBehavior() == TransactionDefinition.PROPAGATION_REQUIRES_NEW));
	}

	@Test
	void storesAFailureInsteadOfThrowingIt() {
		willThrow(new MailSendException("Connection refused")).given(this.backend).send(any(), any());

		this.notifier.send(this.email);

		Notification notification = stored();
		assertThat(notification.getStatus()).isEqualTo(Status.FAILED);
		assertThat(notification.getError()).isEqualTo("Connection refused");
		assertThat(notification.getRecipient()).isEqualTo("ann@example.com");
	}

	private Notification stored() {
		ArgumentCaptor<Notification> captor = ArgumentCaptor.forClass(Notification.class);
		then(this.notifications).should().save(captor.capture());
		return captor.getValue();
	}

}
