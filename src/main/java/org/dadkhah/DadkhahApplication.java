package org.dadkhah;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.modulith.Modulithic;

/** The Spring Boot application: every module under {@code org.dadkhah} is a Spring Modulith module. */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@Modulithic(sharedModules = "shared")
public class DadkhahApplication {
}
