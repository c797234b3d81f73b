-- Run once every row is in: derived columns, indexes, full-text search, views.

UPDATE claims SET
    origin_names = coalesce((SELECT group_concat(name, '; ') FROM
                  (SELECT s.name FROM claim_sources cs JOIN sources s ON s.id = cs.source_id
                   WHERE cs.claim_id = claims.id AND cs.role = 'origin' ORDER BY cs.position)), ''),
    first_date = (SELECT min(d.date) FROM claim_documents cd JOIN documents d ON d.id = cd.document_id
                  WHERE cd.claim_id = claims.id),
    last_date = (SELECT max(d.date) FROM claim_documents cd JOIN documents d ON d.id = cd.document_id
                 WHERE cd.claim_id = claims.id),
    url = (SELECT d.url FROM claim_documents cd JOIN documents d ON d.id = cd.document_id
           WHERE cd.claim_id = claims.id AND d.url IS NOT NULL
           ORDER BY d.date IS NULL, d.date, d.path LIMIT 1),
    publishers = coalesce((SELECT group_concat(publisher, '; ') FROM
                  (SELECT DISTINCT d.publisher FROM claim_documents cd JOIN documents d ON d.id = cd.document_id
                   WHERE cd.claim_id = claims.id AND d.publisher IS NOT NULL ORDER BY d.publisher)), '');

CREATE INDEX claims_by_sources ON claims (independent_sources DESC, attributions DESC, id);
CREATE INDEX claims_by_first_date ON claims (first_date);
CREATE INDEX claims_by_node ON claims (node_index);
CREATE INDEX sources_by_node ON sources (node_index);
CREATE INDEX sources_by_group ON sources (group_id);
CREATE INDEX documents_by_publisher ON documents (publisher COLLATE NOCASE);
CREATE INDEX documents_by_date ON documents (date);
CREATE INDEX claim_sources_by_source ON claim_sources (source_id, role);
CREATE INDEX claim_subjects_by_subject ON claim_subjects (subject_id);
CREATE INDEX claim_documents_by_document ON claim_documents (document_id);
CREATE INDEX attributions_by_claim ON attributions (claim_id, position);
CREATE INDEX attributions_by_source ON attributions (source_id, position);
CREATE INDEX attributions_by_document ON attributions (document, position);
CREATE INDEX attribution_via_by_source ON attribution_via (source_id);
CREATE INDEX relays_by_relay ON relays (relay_id);
CREATE INDEX memberships_by_source ON memberships (source_id);
CREATE INDEX contradicts_by_claim ON contradicts (claim_id);
CREATE INDEX contradicts_by_other ON contradicts (other_id);

CREATE VIRTUAL TABLE claims_fts USING fts5(
    text, content = 'claims', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');
CREATE VIRTUAL TABLE sentences_fts USING fts5(
    sentence_text, content = 'attributions', content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild');

CREATE VIEW corroborated_claims AS
SELECT id, text, independent_sources, origin_names AS origins, attributions, documents,
       publishers, first_date, last_date, url, credibility_score, credibility_label,
       circular, contradicted
FROM claims
WHERE independent_sources >= 2
ORDER BY independent_sources DESC, attributions DESC, id;

CREATE VIEW contradictions AS
SELECT 'contradicts' AS kind, x.claim_id, a.text AS claim_text, x.other_id,
       b.text AS other_text, x.reason
FROM (SELECT claim_id, other_id, reason FROM contradicts
      UNION
      SELECT claim_id, other_id, reason FROM claim_contradictions) AS x
JOIN claims a ON a.id = x.claim_id
LEFT JOIN claims b ON b.id = x.other_id
UNION ALL
SELECT 'denial', c.id, c.text, NULL, NULL, 'denied by ' || group_concat(s.name, ', ')
FROM claims c JOIN claim_sources cs ON cs.claim_id = c.id AND cs.role = 'denier'
JOIN sources s ON s.id = cs.source_id
GROUP BY c.id;
