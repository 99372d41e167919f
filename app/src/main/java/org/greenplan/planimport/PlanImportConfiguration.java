package org.greenplan.planimport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class PlanImportConfiguration {

    @Bean
    DocumentParsing documentParsing(
            @Value("${greenplan.import.max-bytes:20MB}") DataSize maxBytes,
            @Value("${greenplan.import.max-tasks:" + DocumentParsing.DEFAULT_MAX_TASKS + "}") int maxTasks) {
        return new DocumentParsing(maxBytes.toBytes(), maxTasks);
    }
}
