package org.dadkhah;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JDK discovery that {@code ./mvnw} and {@code ./dadkhah} share ({@code .mvn/find-jdk.sh}), run under
 * {@code sh -euf} as the Maven wrapper runs it, against fake JDKs whose {@code java -version} prints a given
 * version: JAVA_HOME first, then java on the PATH, then the JDK directories, else a message on what to install.
 */
class JdkDiscoveryTests {

    private static final Path SCRIPT = Path.of(".mvn/find-jdk.sh").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void anOldDefaultJavaIsPassedOverForANewerJdkInTheJdkDirectory() throws Exception {
        Path old = fakeJdk("jvm/java-17-openjdk-amd64", "17.0.13");
        fakeJdk("jvm/old-jre-8", "1.8.0_412");
        Path newer = fakeJdk("jvm/jdk-21", "21.0.5");
        var result = find(Map.of("PATH", old.resolve("bin") + ":/usr/bin:/bin"));
        assertThat(result.exit()).isZero();
        assertThat(result.out().strip()).isEqualTo(newer.toString());
    }

    @Test
    void temurin25IsPreferredInTheJdkDirectory() throws Exception {
        Path old = fakeJdk("homes/java-17", "17.0.13");
        fakeJdk("jvm/jdk-21", "21.0.5");
        Path temurin = fakeJdk("jvm/temurin-25-jdk-amd64", "25.0.3");
        var result = find(Map.of("PATH", old.resolve("bin") + ":/usr/bin:/bin",
                "JAVA_HOME", dir.resolve("nowhere").toString()));
        assertThat(result.out().strip()).isEqualTo(temurin.toString());
    }

    @Test
    void aRecentJavaHomeOrJavaOnThePathIsKept() throws Exception {
        Path home = fakeJdk("homes/jdk-25", "25");
        Path onPath = fakeJdk("homes/jdk-22", "22.0.1");
        fakeJdk("jvm/jdk-21", "21.0.5");
        assertThat(find(Map.of("PATH", onPath.resolve("bin") + ":/usr/bin:/bin", "JAVA_HOME", home.toString()))
                .out().strip()).isEqualTo(home.toString());
        assertThat(find(Map.of("PATH", onPath.resolve("bin") + ":/usr/bin:/bin")).out().strip())
                .isEqualTo(onPath.toRealPath().toString());
    }

    @Test
    void withoutAJdk21TheMessageSaysWhatToInstallAndTheCallFails() throws Exception {
        Path old = fakeJdk("jvm/java-17-openjdk-amd64", "17.0.13");
        var result = find(Map.of("PATH", old.resolve("bin") + ":/usr/bin:/bin"));
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("mvnw: no JDK 21 or newer found").contains("(Java 17)")
                .contains("temurin-25-jdk").contains("openjdk-21-jdk").contains("JAVA_HOME");
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path home = dir.resolve(name);
        Files.createDirectories(home.resolve("bin"));
        for (String tool : new String[] {"java", "javac"}) {
            Path file = home.resolve("bin").resolve(tool);
            Files.writeString(file, "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2024-10-15' >&2\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return home;
    }

    private Result find(Map<String, String> env) throws Exception {
        var builder = new ProcessBuilder("sh", "-euf", "-c",
                ". \"$1\"; dadkhah_find_jdk mvnw || exit 1; printf '%s\\n' \"$JAVA_HOME\"", "sh", SCRIPT.toString());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().put("DADKHAH_JVM_DIRS", dir.resolve("jvm").toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out, err);
    }

    private record Result(int exit, String out, String err) {
    }
}
