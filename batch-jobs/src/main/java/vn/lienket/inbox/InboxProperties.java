package vn.lienket.inbox;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the inbox is, which names uploaders use while a file is still being written (a file renamed
 * from such a name is complete the moment it appears), whether files dropped at the top of the inbox
 * are accepted (off: only a province's folder is a door, since a cover can claim any province), and
 * how many times a file whose handling fails is tried before it is set aside in {@code failed/}.
 */
@ConfigurationProperties("lienket.inbox")
public record InboxProperties(
        @DefaultValue("./data/inbox") Path dir,
        @DefaultValue({".tmp", ".part", ".filepart", ".partial", ".crdownload", ".upload"}) List<String> temporarySuffixes,
        @DefaultValue("false") boolean rootDrops,
        @DefaultValue("3") int maxAttempts) {
}
