package vn.lienket.app.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded default: when {@code spring.datasource.url} (or {@code SPRING_DATASOURCE_URL}) is
 * not set, Liên kết runs its own PostgreSQL from {@code lienket.embedded-database.data-dir}. Its pool
 * takes the same {@code spring.datasource.hikari.*} settings as an external database's (the pool size
 * above all, which {@code lienket.intake.parallel-loads} needs to match).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedWarehouse embeddedWarehouse(EmbeddedDatabaseProperties properties) {
        return EmbeddedWarehouse.start(properties.dataDir(), properties.databaseName(), properties.createIfMissing());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedWarehouse warehouse) {
        return warehouse.dataSource();
    }

    static class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return matches(context.getEnvironment());
        }

        static boolean matches(Environment environment) {
            return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        }
    }
}
