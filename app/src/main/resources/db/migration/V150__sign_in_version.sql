-- Raised by every change that ends an account's sessions (disabled, password reset or changed, username, name, roles
-- or unit changed); a sign-in or a replaced signed-in user is stored only at the value it was read at. Kept apart from
-- version, the edit form's optimistic lock, which every saved edit raises (a new phone number, or no change at all):
-- compared with that, a session left open by such an edit could no longer act as a unit.
alter table app_user add column sign_in_version integer not null default 0;
