package org.dadkhah.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The pages' messages ({@code messages_en}, {@code messages_fa}; English when a key or language is missing) and
 * their locale resolution.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.ENGLISH);
        return messages;
    }

    @Bean
    UiLocaleResolver localeResolver(UiPreferences preferences) {
        return new UiLocaleResolver(preferences);
    }
}
