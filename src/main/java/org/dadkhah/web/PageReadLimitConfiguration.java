package org.dadkhah.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts {@link PageReadLimit} before the pages' controllers; {@code dadkhah.pages.concurrent} sets how many page reads
 * run at once (0, the default: as many as the machine has processors).
 */
@Configuration(proxyBeanMethods = false)
class PageReadLimitConfiguration implements WebMvcConfigurer {

    private final PageReadLimit limit;

    PageReadLimitConfiguration(@Value("${dadkhah.pages.concurrent:0}") int concurrent) {
        this.limit = new PageReadLimit(concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(limit);
    }
}
