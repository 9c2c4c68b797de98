package vn.lienket.app.home;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class InstallationHomeTest {

    @TempDir
    Path installation;

    @Test
    void theLaunchersDirectoryIsTheHomeOfTheJarItBuilt() throws Exception {
        Files.createFile(installation.resolve("lienket"));
        Path jar = Files.createFile(Files.createDirectories(installation.resolve("app/target")).resolve("lienket.jar"));

        InstallationHome home = InstallationHome.resolve(Optional.empty(), Map.of(), jar);

        assertThat(home.directory()).isEqualTo(installation);
        assertThat(home.dataDirectory()).isEqualTo(installation.resolve("data"));
        assertThat(home.configDirectory()).isEqualTo(installation.resolve("config"));
    }

    @Test
    void lienketHomeWinsOverTheLaunchersDirectory() throws Exception {
        Files.createFile(installation.resolve("lienket"));
        Path jar = Files.createFile(installation.resolve("lienket.jar"));

        assertThat(InstallationHome.resolve(Optional.empty(), Map.of("LIENKET_HOME", "/srv/lienket"), jar).directory())
                .isEqualTo(Path.of("/srv/lienket"));
        assertThat(InstallationHome.resolve(Optional.of("/opt/lk"), Map.of("LIENKET_HOME", "/srv/lienket"), jar).directory())
                .isEqualTo(Path.of("/opt/lk"));
    }

    @Test
    void aJarWithoutALauncherIsItsOwnHomeNotTheWorkingDirectory() throws Exception {
        Path jar = Files.createFile(Files.createDirectories(installation.resolve("opt")).resolve("lienket.jar"));

        InstallationHome home = InstallationHome.resolve(Optional.empty(), Map.of("LIENKET_HOME", " "), jar);

        assertThat(home.directory()).isEqualTo(installation.resolve("opt")).isNotEqualTo(Path.of("").toAbsolutePath());
    }

    @Test
    void theTimeZoneComesFromTheHomesConfiguration() throws Exception {
        InstallationHome home = new InstallationHome(installation);
        assertThat(HomeSettings.of(home).timeZone()).isEqualTo(HomeSettings.DEFAULT_TIME_ZONE);

        Files.writeString(Files.createDirectories(home.configDirectory()).resolve("application.yml"), """
                lienket:
                  time-zone: Asia/Bangkok
                """);

        assertThat(HomeSettings.of(home).timeZone()).hasToString("Asia/Bangkok");
    }
}
