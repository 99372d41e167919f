-- A notice keeps its subject and body as message keys with their arguments (JSON), so the inbox shows it in each
-- reader's language. subject and body keep the text in the office's language: what the delivery log shows, and
-- what messages stored before this column (content null) go on showing.
alter table notification_message add column content jsonb;
