package vn.lienket.intake;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lienket.workbook.contract.WorkbookContracts;
import vn.lienket.intake.archive.SubmissionArchive;

/**
 * The archive every door into the warehouse shares, where {@code lienket.archive-dir} says, and the workbook
 * contract versions this build releases, under which submissions are checked and loaded.
 */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    SubmissionArchive submissionArchive(IntakeProperties properties) {
        return new SubmissionArchive(properties.archiveDir());
    }

    @Bean
    WorkbookContracts workbookContracts() {
        return WorkbookContracts.released();
    }
}
