package dev.signals.sample.jobs.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.signals.Deliveries;
import dev.signals.Delivery;
import dev.signals.sample.jobs.notification.Notification.Status;
import dev.signals.sample.jobs.notification.Notifier.EmailsNotSentException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.reset;

class NotifierTests {

	private static final String DELIVERY = "4d2f9a1e-0000-4000-8000-000000000001";

	private final MailBackend backend = mock(MailBackend.class);

	private final NotificationRepository notifications = mock(NotificationRepository.class);

	private final Deliveries deliveries = mock(Deliveries.class);

	private final PlatformTransactionManager transactionManager = mock(PlatformTransactionManager.class);

	private Optional<String> currentDelivery = Optional.of(DELIVERY);

	private final Notifier notifier = new Notifier(this.backend, this.notifications,
			new NotificationProperties("board@example.com"), this.deliveries, 3, this.transactionManager,
			() -> this.currentDelivery);

	/** What the repository holds: the rows are the same objects across attempts. */
	private final List<Notification> stored = new ArrayList<>();

	private final Email ann = new Email("ann@example.com", "Welcome", "Hello");

	private final Email bob = new Email("bob@example.com", "Welcome", "Hello");

	@BeforeEach
	void repository() {
		given(this.notifications.findByDeliveryIdOrderByIdAsc(anyString())).willAnswer((invocation) -> this.stored
			.stream()
			.filter((notification) -> notification.getDeliveryId().equals(invocation.getArgument(0)))
			.toList());
		willAnswer((invocation) -> {
			List<Notification> rows = invocation.getArgument(0);
			this.stored.addAll(rows);
			return rows;
		}).given(this.notifications).saveAll(anyList());
		given(this.deliveries.find(DELIVERY)).willReturn(Optional.of(delivery(0)));
	}

	@Test
	void sendsAndStoresTheEmailAsSentInNewTransactions() {
		this.notifier.send(this.ann);

		then(this.backend).should().send("board@example.com", this.ann);
		assertThat(this.stored).singleElement().satisfies((notification) -> {
			assertThat(notification.getStatus()).isEqualTo(Status.SENT);
			assertThat(notification.getAttempts()).isOne();
			assertThat(notification.getDeliveryId()).isEqualTo(DELIVERY);
			assertThat(notification.getSentAt()).isNotNull();
		});
		then(this.notifications).should().save(this.stored.get(0));
		then(this.transactionManager).should(org.mockito.Mockito.atLeastOnce())
			.getTransaction(argThat((definition) -> definition
				.getPropagationBehavior() == TransactionDefinition.PROPAGATION_REQUIRES_NEW));
	}

	@Test
	void aFailureIsStoredAsRetryingAndThrownForTheDeliveryToBeRetried() {
		willThrow(new MailSendException("Connection refused")).given(this.backend).send(any(), eq(this.bob));

		assertThatExceptionOfType(EmailsNotSentException.class)
			.isThrownBy(() -> this.notifier.send(() -> List.of(this.ann, this.bob)))
			.withMessage("1 of 2 emails not sent: bob@example.com: Connection refused");

		assertThat(this.stored).extracting(Notification::getRecipient, Notification::getStatus, Notification::getError)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ann@example.com", Status.SENT, null),
					org.assertj.core.groups.Tuple.tuple("bob@example.com", Status.RETRYING, "Connection refused"));
	}

	@Test
	void aRetrySendsOnlyWhatIsNotSentYetAndUpdatesTheSameRows() {
		willThrow(new MailSendException("Connection refused")).given(this.backend).send(any(), eq(this.bob));
		AtomicInteger computed = new AtomicInteger();
		Supplier<List<Email>> emails = () -> {
			computed.incrementAndGet();
			return List.of(this.ann, this.bob);
		};
		assertThatExceptionOfType(EmailsNotSentException.class).isThrownBy(() -> this.notifier.send(emails));
		reset(this.backend);
		given(this.deliveries.find(DELIVERY)).willReturn(Optional.of(delivery(1)));

		this.notifier.send(emails);

		then(this.backend).should().send("board@example.com", this.bob);
		then(this.backend).should(never()).send("board@example.com", this.ann);
		assertThat(computed).as("the emails are fixed by the first attempt").hasValue(1);
		assertThat(this.stored).hasSize(2).allSatisfy((notification) -> {
			assertThat(notification.getStatus()).isEqualTo(Status.SENT);
			assertThat(notification.getError()).isNull();
		});
		assertThat(this.stored).extracting(Notification::getAttempts).containsExactly(1, 2);
	}

	@Test
	void theLastAttemptsFailureIsStoredAsFailed() {
		given(this.deliveries.find(DELIVERY)).willReturn(Optional.of(delivery(2)));
		willThrow(new MailSendException("Connection refused")).given(this.backend).send(any(), any());

		assertThatExceptionOfType(EmailsNotSentException.class).isThrownBy(() -> this.notifier.send(this.ann));

		assertThat(this.stored).singleElement().extracting(Notification::getStatus).isEqualTo(Status.FAILED);
	}

	@Test
	void outsideADeliveryAnEmailGetsOneAttempt() {
		this.currentDelivery = Optional.empty();
		willThrow(new MailSendException("Connection refused")).given(this.backend).send(any(), any());

		assertThatExceptionOfType(EmailsNotSentException.class).isThrownBy(() -> this.notifier.send(this.ann));

		assertThat(this.stored).singleElement().satisfies((notification) -> {
			assertThat(notification.getStatus()).isEqualTo(Status.FAILED);
			assertThat(notification.getError()).isEqualTo("Connection refused");
			assertThat(notification.getRecipient()).isEqualTo("ann@example.com");
		});
	}

	@Test
	void aRecipientIsEmailedOncePerDelivery() {
		this.notifier.send(() -> List.of(this.ann, this.ann));

		then(this.backend).should().send("board@example.com", this.ann);
		assertThat(this.stored).hasSize(1);
	}

	private static Delivery delivery(int attempts) {
		return new Delivery(DELIVERY, "welcomeNotifications.subscriberRegistered", "subscriber_registered",
				Delivery.Status.PENDING, attempts, Instant.now(), null, Instant.now(), null);
	}

}
