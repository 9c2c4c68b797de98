package vn.lienket.portal.users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one password encoder of Liên kết: Spring Security's {@code DelegatingPasswordEncoder}, bcrypt
 * for new hashes, each hash carrying its algorithm ({@code {bcrypt}…}) so a later default can verify
 * the old ones and upgrade them.
 */
@Configuration(proxyBeanMethods = false)
public class PasswordHashing {

    @Bean
    PasswordEncoder portalPasswordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
