package dev.signals.it;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SignalsTestApplication {

}
