package vn.lienket.portal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The portal's settings ({@code lienket.portal.*} in {@code config/application.yml}).
 *
 * @param maxUpload the largest workbook an upload may carry (default 50 MB); larger ones are refused
 *                  before anything is archived
 * @param login     sign-in throttling
 */
@ConfigurationProperties("lienket.portal")
public record PortalProperties(DataSize maxUpload, Login login) {

    public PortalProperties {
        maxUpload = maxUpload == null ? DataSize.ofMegabytes(50) : maxUpload;
        login = login == null ? new Login(0, null) : login;
    }

    /**
     * @param maxFailures consecutive failed sign-ins that lock an account (default 5)
     * @param lockFor     how long it stays locked (default 15 minutes)
     */
    public record Login(int maxFailures, Duration lockFor) {

        public Login {
            maxFailures = maxFailures <= 0 ? 5 : maxFailures;
            lockFor = lockFor == null ? Duration.ofMinutes(15) : lockFor;
        }
    }
}
