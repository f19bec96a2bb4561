package org.dadkhah.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

/** Page reads beyond the limit wait for one to finish; other requests never wait and never hold a place. */
class PageReadLimitTests {

    private final PageReadLimit limit = new PageReadLimit(2);

    @Test
    void aThirdPageReadWaitsUntilOneOfTheTwoRunningFinishes() throws Exception {
        MockHttpServletRequest first = get();
        MockHttpServletRequest second = get();
        assertThat(limit.preHandle(first, new MockHttpServletResponse(), page())).isTrue();
        assertThat(limit.preHandle(second, new MockHttpServletResponse(), page())).isTrue();
        assertThat(limit.available()).isZero();
        CompletableFuture<Boolean> third = CompletableFuture.supplyAsync(() -> {
            try {
                return limit.preHandle(get(), new MockHttpServletResponse(), page());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(200);
        assertThat(third).isNotDone();
        assertThat(limit.preHandle(first, new MockHttpServletResponse(), page())).as("forwarded within itself").isTrue();
        limit.afterCompletion(first, new MockHttpServletResponse(), page(), new IllegalStateException("failed page"));
        assertThat(third.get(5, TimeUnit.SECONDS)).isTrue();
        limit.afterCompletion(first, new MockHttpServletResponse(), page(), null);
        assertThat(limit.available()).as("a request releases its place once").isZero();
        limit.afterCompletion(second, new MockHttpServletResponse(), page(), null);
        assertThat(limit.available()).isEqualTo(1);
    }

    @Test
    void formsSentApiCallsAndStaticFilesPassWithoutTakingAPlace() throws Exception {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/persons");
        assertThat(limit.preHandle(post, new MockHttpServletResponse(), page())).isTrue();
        HandlerMethod api = new HandlerMethod("another module's controller", String.class.getMethod("length"));
        assertThat(limit.preHandle(get(), new MockHttpServletResponse(), api)).isTrue();
        assertThat(limit.preHandle(get(), new MockHttpServletResponse(), new Object())).isTrue();
        assertThat(limit.available()).isEqualTo(2);
        limit.afterCompletion(post, new MockHttpServletResponse(), page(), null);
        assertThat(limit.available()).isEqualTo(2);
    }

    private static MockHttpServletRequest get() {
        return new MockHttpServletRequest("GET", "/persons");
    }

    private static HandlerMethod page() {
        try {
            return new HandlerMethod(new APage(), APage.class.getDeclaredMethod("show"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A controller of the pages' module. */
    static class APage {
        String show() {
            return "page";
        }
    }
}
