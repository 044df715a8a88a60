package dev.signals.autoconfigure;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration properties for signals.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("signals")
public class SignalsProperties {

	/**
	 * Whether to dispatch signals: model signals from entity writes and custom signals.
	 */
	private boolean enabled = true;

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
