-- The hub's first schema. One text serves SQLite and PostgreSQL: {{id}} and {{blob}}
-- become each backend's identity column and byte type (see dialect.go). Times are
-- BIGINT unix microseconds in UTC, 0 for "never". Statements end with a semicolon
-- at the end of a line, which is where the migration runner splits them.

CREATE TABLE users (
	id {{id}},
	name TEXT NOT NULL UNIQUE,
	email TEXT NOT NULL,
	password_hash TEXT NOT NULL,
	created BIGINT NOT NULL
);

CREATE TABLE tokens (
	id {{id}},
	user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	name TEXT NOT NULL,
	hash {{blob}} NOT NULL UNIQUE,
	created BIGINT NOT NULL,
	last_used BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX tokens_user ON tokens (user_id);

CREATE TABLE sessions (
	hash {{blob}} PRIMARY KEY,
	user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created BIGINT NOT NULL,
	expires BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires);

-- search is the lower-cased name, title, description and tags, one per line, so
-- that one LIKE per word searches them all the same way on both backends.
CREATE TABLE apps (
	id {{id}},
	owner_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	name TEXT NOT NULL,
	title TEXT NOT NULL,
	description TEXT NOT NULL,
	visibility TEXT NOT NULL,
	thumbnail {{blob}},
	locked BOOLEAN NOT NULL DEFAULT FALSE,
	search TEXT NOT NULL,
	created BIGINT NOT NULL,
	updated BIGINT NOT NULL,
	last_seen BIGINT NOT NULL DEFAULT 0,
	UNIQUE (owner_id, name)
);
CREATE INDEX apps_created ON apps (created);

CREATE TABLE app_tags (
	app_id BIGINT NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
	tag TEXT NOT NULL,
	PRIMARY KEY (app_id, tag)
);
CREATE INDEX app_tags_tag ON app_tags (tag);

CREATE TABLE collaborators (
	app_id BIGINT NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
	user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	PRIMARY KEY (app_id, user_id)
);
CREATE INDEX collaborators_user ON collaborators (user_id);

CREATE TABLE likes (
	app_id BIGINT NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
	user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created BIGINT NOT NULL,
	PRIMARY KEY (app_id, user_id)
);
CREATE INDEX likes_user ON likes (user_id);

-- parent_id is the top-level comment a reply sits under, NULL for a top-level one.
CREATE TABLE comments (
	id {{id}},
	app_id BIGINT NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
	parent_id BIGINT REFERENCES comments (id) ON DELETE CASCADE,
	author_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	body TEXT NOT NULL,
	html TEXT NOT NULL,
	attachment {{blob}},
	hidden BOOLEAN NOT NULL DEFAULT FALSE,
	deleted BOOLEAN NOT NULL DEFAULT FALSE,
	created BIGINT NOT NULL,
	edited BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX comments_app ON comments (app_id, id);
CREATE INDEX comments_parent ON comments (parent_id);
CREATE INDEX comments_author ON comments (author_id);

CREATE TABLE share_links (
	hash {{blob}} PRIMARY KEY,
	app_id BIGINT NOT NULL REFERENCES apps (id) ON DELETE CASCADE,
	created BIGINT NOT NULL,
	expires BIGINT NOT NULL
);
CREATE INDEX share_links_app ON share_links (app_id);
CREATE INDEX share_links_expires ON share_links (expires);
