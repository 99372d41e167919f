package org.greenplan.notifications.internal;

import org.greenplan.notifications.DeliveryStatus;
import org.greenplan.notifications.SmsGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The default {@link SmsGateway} ({@code loggingSmsGateway}): writes each message to the log and reports it SKIPPED (nothing is sent). */
@Configuration(proxyBeanMethods = false)
class SmsConfiguration {
    private static final Logger log = LoggerFactory.getLogger(SmsConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway loggingSmsGateway() {
        return (mobile, text) -> {
            log.info("SMS (no gateway configured, not sent) to {}: {}", mobile, text.replace('\n', ' '));
            return DeliveryStatus.SKIPPED;
        };
    }
}
