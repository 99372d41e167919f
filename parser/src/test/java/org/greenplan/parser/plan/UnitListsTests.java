package org.greenplan.parser.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How one group of a unit list is split into names (styles b and j). Names are separated by | below. */
class UnitListsTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                // 、 separates units
                "市工业和信息化局、市科技局、市大数据局;   市工业和信息化局|市科技局|市大数据局",
                "各县（市、区）人民政府、市直有关部门;     各县（市、区）人民政府|市直有关部门",
                // a list of levels before a shared ending is one class of units
                "各区、市政府;                           各区、市政府",
                "各旗、县、区人民政府;                   各旗、县、区人民政府",
                "各省、自治区、直辖市人民政府;           各省、自治区、直辖市人民政府",
                "有关区、市政府;                         有关区、市政府",
                "市委宣传部、各区、市政府;               市委宣传部|各区、市政府",
                // 等 and 等和
                "海关总署、商务部等有关部门;             海关总署|商务部",
                "扶贫办、全国总工会等和各省级人民政府;   扶贫办|全国总工会|各省级人民政府",
                // 及 between two units
                "市工业和信息化局及专班成员单位;         市工业和信息化局|专班成员单位",
                "市科技局及相关行业主管部门;             市科技局|相关行业主管部门",
                "省普及办;                               省普及办",
                // an abbreviated level prefix is restored, and only that
                "区农村发展局、经济发展局、规划局;       区农村发展局|区经济发展局|区规划局",
                "市住建局、审批服务局;                   市住建局|市审批服务局",
                "市委宣传部、市工业和信息化局;           市委宣传部|市工业和信息化局",
                "各市人民政府;                           各市人民政府",
                "省经济和信息化厅、人行合肥中心支行、安徽银保监局; 省经济和信息化厅|人行合肥中心支行|安徽银保监局",
                "省财政厅、安徽证监局;                   省财政厅|安徽证监局",
                "省商务厅、合肥海关;                     省商务厅|合肥海关",
                "市场监管总局、海关总署;                 市场监管总局|海关总署",
                "市科技局、相关行业主管部门;             市科技局|相关行业主管部门",
                "税务总局、财政部;                       税务总局|财政部",
                // an area before an area with its bodies shares those bodies
                "经济技术开发区、滨江新区党工委和管委会; 经济技术开发区党工委和管委会|滨江新区党工委和管委会",
                "生态文化旅游区、临港产业园区管委会;     生态文化旅游区管委会|临港产业园区管委会",
                "市住建局、高新区管委会;                 市住建局|高新区管委会",
                "临港新区、市生态环境局;                 临港新区|市生态环境局"
            })
    void splitsAGroupIntoUnitNames(String group, String names) {
        List<String> expected =
                Arrays.stream(names.split("\\|")).map(String::strip).toList();

        assertThat(UnitLists.split(group.strip())).containsExactlyElementsOf(expected);
    }
}
