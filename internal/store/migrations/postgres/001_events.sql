-- The first schema: every change as one event row.
CREATE TABLE events (
	id     BIGSERIAL PRIMARY KEY,
	at     BIGINT NOT NULL,
	who    TEXT   NOT NULL,
	key    TEXT   NOT NULL,
	target TEXT   NOT NULL,
	field  TEXT   NOT NULL,
	before TEXT   NOT NULL DEFAULT '',
	after  TEXT   NOT NULL DEFAULT ''
);
