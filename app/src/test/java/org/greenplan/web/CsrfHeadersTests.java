package org.greenplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The {@code hx-headers} JSON of the CSRF token is the object Jackson writes, for any header name and token. */
class CsrfHeadersTests {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void writesWhatJacksonWritesForATokenOfSpringSecurity() {
        String token = "kS0rYw3sT6hQ-u9_LQ2aMZ4v1pC8nXfE7bGdJyHt0oRiUe5lWmNqPaVcBx==";

        assertThat(CsrfHeaders.json("X-CSRF-TOKEN", token))
                .isEqualTo("{\"X-CSRF-TOKEN\":\"" + token + "\"}")
                .isEqualTo(JSON.writeValueAsString(Map.of("X-CSRF-TOKEN", token)));
    }

    @Test
    void quotesCharactersJsonMustEscape() {
        String name = "X-\"Odd\"\\Header";
        String value = "a\"b\\c\n\u0001</script>令牌";

        String json = CsrfHeaders.json(name, value);

        assertThat(JSON.readValue(json, Map.class)).isEqualTo(Map.of(name, value));
        assertThat(json).doesNotContain("\n").contains("\\\"Odd\\\"");
    }
}
