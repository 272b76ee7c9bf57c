-- When a diary entry was last edited; empty for an entry never changed. An edit keeps the entry's id,
-- its recorded_at and its session link.
ALTER TABLE diary_entry ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;
