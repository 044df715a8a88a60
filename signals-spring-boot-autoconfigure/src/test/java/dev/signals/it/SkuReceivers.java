package dev.signals.it;

import java.util.Locale;

import org.springframework.stereotype.Component;

import dev.signals.PreSave;
import dev.signals.SignalReceiver;

@Component
class SkuReceivers {

	@SignalReceiver
	void normalizeLabel(PreSave<Sku> event) {
		event.instance().setLabel(event.instance().getLabel().toUpperCase(Locale.ROOT));
	}

}
