package org.greenplan.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.greenplan.notifications.DeliveryStatus;
import org.greenplan.notifications.internal.WebhookProperties.Robot;
import org.greenplan.notifications.internal.WebhookProperties.RobotKind;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookChannelTests {
    private static final long TIMESTAMP = 1577262236757L;
    private static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(TIMESTAMP), ZoneOffset.UTC);

    @Test
    void signsDingTalkRequestsWithHmacSha256OfTimestampAndSecret() {
        // Expected value computed independently (Python hmac/hashlib/base64) for this timestamp and secret.
        assertThat(WebhookChannel.sign(TIMESTAMP, "SECexample0123456789"))
                .isEqualTo("qf9HvUVEFxf+O0pPV0GZyLnmFi8MooZl79QO82mcZBk=");
        Robot robot = new Robot(
                RobotKind.DINGTALK,
                URI.create("https://oapi.dingtalk.com/robot/send?access_token=abc"),
                "SECexample0123456789");
        assertThat(WebhookChannel.address(robot, TIMESTAMP))
                .hasToString("https://oapi.dingtalk.com/robot/send?access_token=abc&timestamp=1577262236757"
                        + "&sign=qf9HvUVEFxf%2BO0pPV0GZyLnmFi8MooZl79QO82mcZBk%3D");
    }

    @Test
    void leavesWeComAndUnsignedDingTalkAddressesAlone() {
        URI wecom = URI.create("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6");
        assertThat(WebhookChannel.address(new Robot(RobotKind.WECOM, wecom, "ignored"), TIMESTAMP))
                .isEqualTo(wecom);
        URI ding = URI.create("https://oapi.dingtalk.com/robot/send?access_token=abc");
        assertThat(WebhookChannel.address(new Robot(RobotKind.DINGTALK, ding, null), TIMESTAMP))
                .isEqualTo(ding);
    }

    @Test
    void postsTheRobotsTextMessageJson() throws Exception {
        try (RobotStub stub = new RobotStub()) {
            Robot robot = new Robot(RobotKind.WECOM, URI.create(stub.url() + "/cgi-bin/webhook/send?key=k1"), null);
            WebhookChannel channel = new WebhookChannel(new WebhookProperties(List.of(robot)), CLOCK);

            assertThat(channel.post(robot, "【逾期提醒】市农业农村局\n\n2 项未报送")).isEqualTo(DeliveryStatus.SENT);

            assertThat(stub.calls()).hasSize(1);
            RobotStub.Call call = stub.calls().get(0);
            assertThat(call.method()).isEqualTo("POST");
            assertThat(call.path()).isEqualTo("/cgi-bin/webhook/send");
            assertThat(call.query()).isEqualTo("key=k1");
            assertThat(call.contentType()).startsWith("application/json");
            JsonNode json = JsonMapper.builder().build().readTree(call.body());
            assertThat(json.path("msgtype").asText()).isEqualTo("text");
            assertThat(json.path("text").path("content").asText()).isEqualTo("【逾期提醒】市农业农村局\n\n2 项未报送");
        }
    }

    @Test
    void aRobotErrorCodeIsAFailureWithItsMessage() throws Exception {
        try (RobotStub stub = new RobotStub()) {
            stub.answer("{\"errcode\":310000,\"errmsg\":\"sign not match\"}");
            Robot robot = new Robot(RobotKind.DINGTALK, URI.create(stub.url() + "/robot/send?access_token=t"), "SECx");
            WebhookChannel channel = new WebhookChannel(new WebhookProperties(List.of(robot)), CLOCK);

            assertThatThrownBy(() -> channel.post(robot, "text")).hasMessage("errcode 310000: sign not match");
            assertThat(stub.calls().get(0).query()).startsWith("access_token=t&timestamp=1577262236757&sign=");
        }
    }
}
