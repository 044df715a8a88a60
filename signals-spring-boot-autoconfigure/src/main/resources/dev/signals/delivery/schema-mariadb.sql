-- The delivery records of durable signal receivers (dev.signals), for MariaDB and MySQL. Times are epoch milliseconds.
create table if not exists signals_delivery (
	id varchar(36) not null primary key,
	receiver varchar(500) not null,
	signal_name varchar(200) not null,
	sender varchar(500),
	payload_type varchar(500) not null,
	payload mediumtext not null,
	status varchar(16) not null,
	attempts integer not null,
	next_attempt_at bigint not null,
	locked_until bigint not null,
	locked_by varchar(100),
	last_error varchar(4000),
	created_at bigint not null,
	completed_at bigint,
	index signals_delivery_due (status, next_attempt_at)
);

