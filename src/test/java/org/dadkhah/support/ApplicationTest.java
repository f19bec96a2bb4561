package org.dadkhah.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application the tests run: a real server on a random port, with MockMvc beside it. Every test that starts
 * the application uses this, so the suite starts it once: two contexts would share the one temporary database but
 * not its search index (Lucene's write lock admits one), and records written through one would be missing from the
 * other's searches.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public @interface ApplicationTest {
}
