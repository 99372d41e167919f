package org.greenplan.progress;

import java.nio.file.Path;
import org.greenplan.progress.internal.DatabaseAttachmentStorage;
import org.greenplan.progress.internal.DirectoryAttachmentStorage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where attachments are stored: PostgreSQL unless {@code greenplan.attachments.storage=directory}. (The
 * other extension points, {@link UnitApprovalPolicy} and {@link VirusScanner}, default in the services
 * that use them when no bean is given.)
 */
@Configuration(proxyBeanMethods = false)
class ProgressConfiguration {

    @Bean
    @ConditionalOnProperty(name = "greenplan.attachments.storage", havingValue = "directory")
    AttachmentStorage directoryAttachmentStorage(
            @Value("${greenplan.attachments.directory:./data/attachments}") Path directory) {
        return new DirectoryAttachmentStorage(directory);
    }

    @Bean
    @ConditionalOnMissingBean(AttachmentStorage.class)
    AttachmentStorage databaseAttachmentStorage(JdbcTemplate jdbc) {
        return new DatabaseAttachmentStorage(jdbc);
    }
}
