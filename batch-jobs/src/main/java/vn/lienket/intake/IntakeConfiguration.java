package vn.lienket.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienket.intake.archive.SubmissionArchive;

/** The archive every door into the warehouse shares, where {@code lienket.archive-dir} says. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    SubmissionArchive submissionArchive(IntakeProperties properties) {
        return new SubmissionArchive(properties.archiveDir());
    }
}
