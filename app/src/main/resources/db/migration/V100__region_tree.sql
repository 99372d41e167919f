-- The region tree: the city and the counties and districts its notices are addressed to (各县、区).
-- 宿州市 governs 埇桥区 and the counties 砀山县, 萧县, 灵璧县 and 泗县 (administrative divisions as published
-- by the Ministry of Civil Affairs). A county or district office runs its own plan under the city's.
insert into region (name, level, parent_id)
select v.name, v.level, city.id
from (values ('埇桥区', 'DISTRICT', 1), ('砀山县', 'COUNTY', 2), ('萧县', 'COUNTY', 3), ('灵璧县', 'COUNTY', 4),
             ('泗县', 'COUNTY', 5)) as v (name, level, position)
cross join (select id from region where name = '宿州市') as city
order by v.position
on conflict (name) do nothing;

-- A region's plans are listed in the tree's order; children are looked up by parent.
create index region_parent_idx on region (parent_id);
