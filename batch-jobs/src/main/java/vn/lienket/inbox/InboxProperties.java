package vn.lienket.inbox;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the inbox is, and which names uploaders use while a file is still being written (a file
 * renamed from such a name is complete the moment it appears).
 */
@ConfigurationProperties("lienket.inbox")
public record InboxProperties(
        @DefaultValue("./data/inbox") Path dir,
        @DefaultValue({".tmp", ".part", ".filepart", ".partial", ".crdownload", ".upload"}) List<String> temporarySuffixes) {
}
