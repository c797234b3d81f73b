-- attrgraph.sqlite: the output set as tables (CONTRACT.md, "attrgraph.sqlite").
-- A claim's lists of ids are rows of link tables, in graph.json's order
-- (`position`), each node by its `node_index` (the rowid of its table: a link
-- row is a few integers, not two long ids); its contradictions are also JSON in
-- the row.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE documents (
    id TEXT NOT NULL UNIQUE,
    node_index INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    publisher TEXT,
    date TEXT,
    title TEXT,
    url TEXT,
    story INTEGER
);

CREATE TABLE sources (
    id TEXT NOT NULL UNIQUE,
    node_index INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    group_id TEXT NOT NULL,
    aliases TEXT NOT NULL,
    affiliation TEXT NOT NULL
);

CREATE TABLE source_names (
    source_id TEXT NOT NULL REFERENCES sources (id),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (source_id, position)
) WITHOUT ROWID;

CREATE TABLE subjects (
    id TEXT NOT NULL UNIQUE,
    node_index INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE claims (
    id TEXT NOT NULL UNIQUE,
    node_index INTEGER PRIMARY KEY,
    text TEXT NOT NULL,
    independent_sources INTEGER NOT NULL,
    attributions INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    circular INTEGER NOT NULL,
    contradicted INTEGER NOT NULL,
    credibility_score INTEGER NOT NULL,
    credibility_label TEXT NOT NULL,
    credibility_reason TEXT NOT NULL,
    origin_names TEXT NOT NULL,
    publishers TEXT NOT NULL,
    first_date TEXT,
    last_date TEXT,
    url TEXT,
    story INTEGER,
    contradicted_by_json TEXT NOT NULL,
    contradictions_json TEXT NOT NULL,
    joins_json TEXT NOT NULL
);

CREATE TABLE claim_sources (
    claim_index INTEGER NOT NULL REFERENCES claims (node_index),
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    source_index INTEGER REFERENCES sources (node_index),
    PRIMARY KEY (claim_index, role, position)
) WITHOUT ROWID;

CREATE TABLE claim_subjects (
    claim_index INTEGER NOT NULL REFERENCES claims (node_index),
    position INTEGER NOT NULL,
    subject_index INTEGER REFERENCES subjects (node_index),
    PRIMARY KEY (claim_index, position)
) WITHOUT ROWID;

CREATE TABLE claim_documents (
    claim_index INTEGER NOT NULL REFERENCES claims (node_index),
    position INTEGER NOT NULL,
    document_index INTEGER REFERENCES documents (node_index),
    PRIMARY KEY (claim_index, position)
) WITHOUT ROWID;

CREATE TABLE claim_contradictions (
    claim_id TEXT NOT NULL REFERENCES claims (id),
    position INTEGER NOT NULL,
    other_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (claim_id, position)
) WITHOUT ROWID;

-- An attribution's `position` (its line of attributions.jsonl) is its rowid;
-- `content_json` holds its content spans, each `text` left out where it is
-- the next piece of `content_text` (the texts joined by ' … ').
CREATE TABLE attributions (
    id TEXT NOT NULL UNIQUE,
    position INTEGER PRIMARY KEY,
    document TEXT NOT NULL,
    source_id TEXT,
    source_name TEXT,
    source_kind TEXT,
    mention_start INTEGER,
    mention_end INTEGER,
    mention_text TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    cue_text TEXT,
    content_json TEXT NOT NULL,
    content_text TEXT NOT NULL,
    quote TEXT NOT NULL,
    stance TEXT NOT NULL,
    via_json TEXT NOT NULL,
    via_names TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    sentence_text TEXT NOT NULL
);

CREATE TABLE attribution_via (
    attribution_id TEXT NOT NULL REFERENCES attributions (id),
    position INTEGER NOT NULL,
    source_id TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (attribution_id, position)
) WITHOUT ROWID;

CREATE TABLE relays (
    edge_index INTEGER PRIMARY KEY,
    relay_id TEXT NOT NULL,
    source_id TEXT NOT NULL,
    key INTEGER NOT NULL,
    attribution_id TEXT NOT NULL,
    document TEXT NOT NULL
);

CREATE TABLE memberships (
    edge_index INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL,
    body_id TEXT NOT NULL,
    key INTEGER NOT NULL
);

CREATE TABLE contradicts (
    edge_index INTEGER PRIMARY KEY,
    claim_id TEXT NOT NULL,
    other_id TEXT NOT NULL,
    key INTEGER NOT NULL,
    reason TEXT NOT NULL
);

CREATE TABLE other_edges (
    edge_index INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    key INTEGER NOT NULL,
    kind TEXT NOT NULL
);
