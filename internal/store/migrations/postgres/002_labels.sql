-- The item's name at the time of the mark, to list orphaned marks, and
-- an index to find a key's latest value without a scan.
ALTER TABLE events ADD COLUMN label TEXT NOT NULL DEFAULT '';
CREATE INDEX events_key_field ON events (key, field, id);
