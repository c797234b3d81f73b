-- Full-text search over the content tables (`fts.rs` fills them): a 16 MB
-- token hash (not 1 MB flushes merged again), no column sizes (`MATCH` needs
-- none; `bm25` counts them from the content).
CREATE VIRTUAL TABLE claims_fts USING fts5(
    text, content = 'claims', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2', detail = none,
    columnsize = 0
);
INSERT INTO claims_fts (claims_fts, rank) VALUES ('hashsize', 16777216);
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    sentence_text, content = 'attributions', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2', detail = none,
    columnsize = 0
);
INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('hashsize', 16777216);
