-- The city region and its common municipal departments with the aliases offices use for them.
-- Units not listed here are created on import and flagged for the office to confirm.
insert into region (name, level) values ('宿州市', 'CITY');

with r as (select id from region where name = '宿州市'),
units(name, aliases) as (values
    ('市发展改革委',          array['市发改委', '市发展和改革委员会', '市发展改革委员会']),
    ('市经济和信息化局',      array['市经信局', '市经济和信息化委员会']),
    ('市教育局',              array[]::text[]),
    ('市科技局',              array['市科学技术局']),
    ('市公安局',              array[]::text[]),
    ('市财政局',              array[]::text[]),
    ('市自然资源和规划局',    array['市自然资源局', '市自规局']),
    ('市生态环境局',          array['市环保局']),
    ('市住房和城乡建设局',    array['市住建局', '市住房城乡建设局']),
    ('市交通运输局',          array['市交通局']),
    ('市水利局',              array[]::text[]),
    ('市农业农村局',          array['市农业局', '市农委']),
    ('市商务局',              array[]::text[]),
    ('市审计局',              array[]::text[]),
    ('市市场监管局',          array['市市场监督管理局']),
    ('市统计局',              array[]::text[]),
    ('市林业局',              array['市林业和园林局']),
    ('市城市管理局',          array['市城管局']),
    ('市地方金融监管局',      array['市金融办', '市地方金融监督管理局']),
    ('市委组织部',            array[]::text[]),
    ('市委宣传部',            array[]::text[]),
    ('市委党校',              array[]::text[]),
    ('市纪委监委',            array['市纪委', '市监委']),
    ('市文明办',              array['市精神文明建设办公室']),
    ('人民银行宿州市中心支行', array['人行宿州市中心支行']),
    ('市数据资源局',          array[]::text[]),
    ('市应急管理局',          array['市应急局'])
),
inserted as (
    insert into responsible_unit (region_id, name, confirmed)
    select r.id, u.name, true from units u, r
    returning id, name, region_id
)
insert into unit_alias (unit_id, region_id, alias)
select i.id, i.region_id, a.alias
from inserted i join units u on u.name = i.name, unnest(u.aliases) as a(alias);
