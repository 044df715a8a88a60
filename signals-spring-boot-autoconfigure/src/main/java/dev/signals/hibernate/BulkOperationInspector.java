package dev.signals.hibernate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.jspecify.annotations.Nullable;

import dev.signals.dispatch.ConnectedReceiver;
import dev.signals.dispatch.ModelSignal;
import dev.signals.dispatch.ReceiverRegistry;

/**
 * Notices {@code UPDATE} and {@code DELETE} statements that Hibernate runs outside a flush:
 * JPQL, HQL and Criteria bulk operations, {@code deleteAllInBatch}, {@code @Modifying} queries
 * and native SQL. They bypass the persistence context, so no model signal is sent for the rows
 * they change; when receivers would have expected one, this warns or refuses the statement.
 */
public final class BulkOperationInspector implements StatementInspector {

	private static final Log logger = LogFactory.getLog(BulkOperationInspector.class);

	private static final Pattern FROM = Pattern.compile("\\bfrom\\b", Pattern.CASE_INSENSITIVE);

	/** Set while this thread's session flushes, whose statements send their signals. */
	private static final ThreadLocal<boolean[]> flushing = ThreadLocal.withInitial(() -> new boolean[1]);

	/** The receivers a bulk statement would bypass. */
	private final ReceiverRegistry registry;

	/** Whether to refuse such statements rather than warn. */
	private final boolean refuse;

	/** An inspector configured before, which still runs first. */
	private final @Nullable StatementInspector delegate;

	/** The mapped entity classes by table name, empty until the session factory exists. */
	private volatile Map<String, Class<?>[]> entitiesByTable = Map.of();

	/**
	 * Create an inspector for one session factory, whose tables it learns once it exists.
	 * @param registry the connected receivers, asked which ones a statement bypasses
	 * @param refuse whether to refuse such statements rather than warn
	 * @param delegate an inspector configured before, which still runs first
	 */
	public BulkOperationInspector(ReceiverRegistry registry, boolean refuse, @Nullable StatementInspector delegate) {
		this.registry = registry;
		this.refuse = refuse;
		this.delegate = delegate;
	}

	static void flushing(boolean active) {
		flushing.get()[0] = active;
	}

	/**
	 * Learn which entities live in which tables, once the session factory exists.
	 */
	void attach(SessionFactoryImplementor sessionFactory) {
		Map<String, Set<Class<?>>> tables = new HashMap<>();
		sessionFactory.getMappingMetamodel().forEachEntityDescriptor((persister) -> {
			for (java.io.Serializable space : persister.getQuerySpaces()) {
				tables.computeIfAbsent(normalize(space.toString()), (table) -> new LinkedHashSet<>())
					.add(persister.getMappedClass());
			}
		});
		Map<String, Class<?>[]> entities = new HashMap<>();
		tables.forEach((table, classes) -> entities.put(table, classes.toArray(new Class<?>[0])));
		attach(entities);
	}

	void attach(Map<String, Class<?>[]> entitiesByTable) {
		this.entitiesByTable = Map.copyOf(entitiesByTable);
	}

	@Override
	public String inspect(String sql) {
		String inspected = (this.delegate != null) ? this.delegate.inspect(sql) : sql;
		if (flushing.get()[0] || this.entitiesByTable.isEmpty()) {
			return inspected;
		}
		int start = skipSpaceAndComments(inspected, 0);
		boolean update = inspected.regionMatches(true, start, "update", 0, 6);
		boolean delete = inspected.regionMatches(true, start, "delete", 0, 6);
		if (!update && !delete) {
			return inspected;
		}
		Class<?>[] entities = this.entitiesByTable.get(table(inspected, start + 6, delete));
		if (entities != null) {
			List<String> receivers = bypassedReceivers(entities, update);
			if (!receivers.isEmpty()) {
				String message = "A bulk " + (update ? "update" : "delete") + " of " + simpleNames(entities)
						+ " bypasses the persistence context, so these receivers will not run for its rows: "
						+ receivers + ". Load and save (or remove) the entities instead, or set "
						+ "signals.bulk-operations=ignore. Statement: " + inspected;
				if (this.refuse) {
					throw new BulkOperationException(message);
				}
				logger.warn(message);
			}
		}
		return inspected;
	}

	private List<String> bypassedReceivers(Class<?>[] entities, boolean update) {
		Set<String> names = new LinkedHashSet<>();
		for (Class<?> entity : entities) {
			for (ModelSignal signal : ModelSignal.values()) {
				if (signal.isDelete() == update) {
					continue;
				}
				for (ConnectedReceiver receiver : this.registry.modelReceivers(signal, entity)) {
					// an observer, such as a test's recorder, expects nothing of a statement
					if (!receiver.isObserver()) {
						names.add(receiver.receiver() + " (" + receiver.signal() + ")");
					}
				}
			}
		}
		return new ArrayList<>(names);
	}

	private static String simpleNames(Class<?>[] entities) {
		List<String> names = new ArrayList<>();
		for (Class<?> entity : entities) {
			names.add(entity.getSimpleName());
		}
		return String.join(", ", names);
	}

	private static @Nullable String table(String sql, int from, boolean delete) {
		int position = skipSpaceAndComments(sql, from);
		if (delete) {
			// "delete from t" in standard SQL, "delete alias from t alias" in MySQL and MariaDB
			Matcher keyword = FROM.matcher(sql).region(position, sql.length());
			if (!keyword.find()) {
				return null;
			}
			position = skipSpaceAndComments(sql, keyword.end());
		}
		int end = position;
		while (end < sql.length() && !Character.isWhitespace(sql.charAt(end)) && sql.charAt(end) != '(') {
			end++;
		}
		return (end > position) ? normalize(sql.substring(position, end)) : null;
	}

	private static int skipSpaceAndComments(String sql, int from) {
		int position = from;
		while (position < sql.length()) {
			if (Character.isWhitespace(sql.charAt(position))) {
				position++;
			}
			else if (sql.startsWith("/*", position)) {
				int end = sql.indexOf("*/", position + 2);
				position = (end < 0) ? sql.length() : end + 2;
			}
			else {
				break;
			}
		}
		return position;
	}

	/**
	 * A table name without schema and quotes, in lower case.
	 */
	private static String normalize(String table) {
		String name = table.substring(table.lastIndexOf('.') + 1);
		return name.replace("\"", "").replace("`", "").replace("[", "").replace("]", "").toLowerCase(Locale.ROOT);
	}

	/**
	 * A bulk statement refused because it would bypass model signal receivers.
	 */
	public static final class BulkOperationException extends IllegalStateException {

		BulkOperationException(String message) {
			super(message);
		}

	}

}
