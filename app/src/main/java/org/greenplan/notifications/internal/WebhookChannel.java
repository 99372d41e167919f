package org.greenplan.notifications.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.greenplan.notifications.DeliveryStatus;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts text messages to 企业微信 and 钉钉 group robots in their documented format: {@code
 * {"msgtype":"text","text":{"content":"…"}}} (WeCom 群机器人 "文本类型"; DingTalk 自定义机器人 "text类型"). A
 * DingTalk robot with a secret (加签) gets the query parameters {@code timestamp} (milliseconds) and {@code sign}
 * = URL-encoded Base64 of HmacSHA256(key = secret, data = timestamp + "\n" + secret), as DingTalk documents.
 * Both answer {@code {"errcode":0,…}} on success; any other answer is a failure with the robot's message.
 */
@Component
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookChannel {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final WebhookProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Clock clock;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    WebhookChannel(WebhookProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    List<WebhookProperties.Robot> robots() {
        return properties.webhooks();
    }

    DeliveryStatus post(WebhookProperties.Robot robot, String text) {
        String body = json.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", text)));
        HttpRequest request = HttpRequest.newBuilder(address(robot, clock.millis()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        JsonNode answer = json.readTree(response.body());
        if (answer.path("errcode").asInt(-1) != 0) {
            throw new IllegalStateException("errcode " + answer.path("errcode").asText() + ": "
                    + answer.path("errmsg").asText());
        }
        return DeliveryStatus.SENT;
    }

    /** @return the robot's URL, with DingTalk's {@code timestamp} and {@code sign} when it has a secret */
    static URI address(WebhookProperties.Robot robot, long timestamp) {
        String url = robot.url().toString();
        if (robot.kind() != WebhookProperties.RobotKind.DINGTALK
                || robot.secret() == null
                || robot.secret().isBlank()) {
            return robot.url();
        }
        String sign = URLEncoder.encode(sign(timestamp, robot.secret()), StandardCharsets.UTF_8);
        return URI.create(url + (url.contains("?") ? "&" : "?") + "timestamp=" + timestamp + "&sign=" + sign);
    }

    /** @return Base64(HmacSHA256(secret, timestamp + "\n" + secret)), not yet URL-encoded */
    static String sign(long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
