package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateReaderTests {

    @Test
    void readsArabicAndChineseNumeralDates() {
        assertThat(DateReader.readDateLine("2022年3月18日").date()).isEqualTo(LocalDate.of(2022, 3, 18));
        assertThat(DateReader.readDateLine("二〇二二年三月十八日").date()).isEqualTo(LocalDate.of(2022, 3, 18));
        assertThat(DateReader.readDateLine("二○二一年十二月三十一日").date()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(DateReader.readDateLine("２０２２年１０月８日").date()).isEqualTo(LocalDate.of(2022, 10, 8));
    }

    @Test
    void readsIssuerPrintedBeforeTheDate() {
        DateReader.DateLine line = DateReader.readDateLine("山东省人民政府办公厅2019年3月15日印发");

        assertThat(line).isEqualTo(new DateReader.DateLine(LocalDate.of(2019, 3, 15), "山东省人民政府办公厅"));
    }

    @Test
    void refusesSentencesAndImpossibleDates() {
        assertThat(DateReader.readDateLine("会议定于2022年3月18日召开。")).isNull();
        assertThat(DateReader.readDateLine("2022年2月30日")).isNull();
        assertThat(DateReader.readDateLine("到2022年，完成目标")).isNull();
    }
}
