package dev.signals.enhanced;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EnhancedTestApplication {

}
