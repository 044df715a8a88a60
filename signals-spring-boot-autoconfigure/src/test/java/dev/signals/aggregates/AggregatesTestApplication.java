package dev.signals.aggregates;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class AggregatesTestApplication {

}
