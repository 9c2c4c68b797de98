package vn.lienket.app.cli;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/**
 * The auto-configurations a command of the command line gets, as an allow-list: a jar that arrives
 * on the classpath with auto-configurations of its own (the portal's web server, Spring Security,
 * Thymeleaf, an actuator…) costs a command nothing until it is named here. Only {@code serve} runs
 * with every auto-configuration on the classpath.
 * <p>
 * The list is what loading, reporting, mailing and reading the warehouse use: the data source and
 * its transactions, JDBC, Spring Batch and the mail sender. JMX, Liquibase's own runner (the schema
 * is migrated by {@link vn.lienket.app.database.WarehouseMigrator}), Quartz, health and metrics are
 * left out.
 */
final class CommandAutoConfigurations {

    static final Set<String> COMMAND_LINE = Set.of(
            "org.springframework.boot.autoconfigure.aop.AopAutoConfiguration",
            "org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration",
            "org.springframework.boot.autoconfigure.context.LifecycleAutoConfiguration",
            "org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration",
            "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
            "org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration",
            "org.springframework.boot.batch.autoconfigure.BatchAutoConfiguration",
            "org.springframework.boot.batch.autoconfigure.BatchJobLauncherAutoConfiguration",
            "org.springframework.boot.batch.autoconfigure.observation.BatchObservationAutoConfiguration",
            "org.springframework.boot.batch.jdbc.autoconfigure.BatchJdbcAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration",
            "org.springframework.boot.persistence.autoconfigure.PersistenceExceptionTranslationAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
            "org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration");

    private CommandAutoConfigurations() {
    }

    /**
     * Every auto-configuration on the classpath outside {@code allowed}, as {@code spring.autoconfigure.exclude}
     * takes them.
     */
    static String excludedBut(Set<String> allowed, ClassLoader classLoader) {
        List<String> candidates = ImportCandidates.load(AutoConfiguration.class, classLoader).getCandidates();
        return candidates.stream().filter(candidate -> !allowed.contains(candidate)).distinct().collect(Collectors.joining(","));
    }
}
