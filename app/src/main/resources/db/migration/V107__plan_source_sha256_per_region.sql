-- The same document bytes are imported once per region, not once in the whole system: a county or district
-- office imports the city's notice (or a document the city also holds) as its own plan, which a global unique
-- key refused, naming a city plan the county cannot open. The source row carries its plan's region, kept equal
-- to plan.region_id by a composite foreign key (a plan moved to another region carries its source along).
alter table plan_source add column region_id bigint;
update plan_source s set region_id = p.region_id from plan p where p.id = s.plan_id;
alter table plan_source alter column region_id set not null;

alter table plan add constraint plan_id_region_key unique (id, region_id);
alter table plan_source add constraint plan_source_plan_region_fkey foreign key (plan_id, region_id)
    references plan (id, region_id) on update cascade on delete cascade;

alter table plan_source drop constraint plan_source_sha256_key;
alter table plan_source add constraint plan_source_region_sha256_key unique (region_id, sha256);
