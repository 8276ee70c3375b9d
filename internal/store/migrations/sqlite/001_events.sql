-- The first schema: every change as one event row.
CREATE TABLE events (
	id     INTEGER PRIMARY KEY AUTOINCREMENT,
	at     INTEGER NOT NULL,
	who    TEXT    NOT NULL,
	key    TEXT    NOT NULL,
	target TEXT    NOT NULL,
	field  TEXT    NOT NULL,
	before TEXT    NOT NULL DEFAULT '',
	after  TEXT    NOT NULL DEFAULT ''
);
