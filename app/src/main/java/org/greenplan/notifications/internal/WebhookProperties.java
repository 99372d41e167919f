package org.greenplan.notifications.internal;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Group robots to post notices to: {@code greenplan.notifications.webhooks[n].kind} ({@code WECOM} for
 * 企业微信, {@code DINGTALK} for 钉钉), {@code .url} (the robot's webhook address with its key or access
 * token) and, for a DingTalk robot with 加签 security, {@code .secret} (the {@code SEC…} string).
 */
@ConfigurationProperties("greenplan.notifications")
public record WebhookProperties(List<Robot> webhooks) {

    public WebhookProperties {
        webhooks = webhooks == null ? List.of() : List.copyOf(webhooks);
    }

    /** Which robot API a webhook speaks. */
    public enum RobotKind {
        WECOM,
        DINGTALK
    }

    /**
     * One robot.
     *
     * @param kind   WECOM or DINGTALK
     * @param url    its webhook URL
     * @param secret DingTalk's signing secret, or null
     */
    public record Robot(RobotKind kind, URI url, String secret) {
        /** @return the host, as the delivery log shows it (never the key in the URL) */
        public String host() {
            return kind + " " + url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
        }
    }
}
