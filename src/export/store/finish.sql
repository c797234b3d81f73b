-- Run before any row is in (the tables are empty): the indexes `query` uses,
-- kept as the rows go in rather than sorted at the end, the `stories` table
-- (`stories.sql` fills it once every row is in) and the views.

CREATE INDEX claims_by_sources ON claims (independent_sources DESC, attributions DESC, id);
-- The contradicted claims in listing order: a few hundred rows, so that
-- `--contradicted` and `query contradictions` never look up every claim.
CREATE INDEX contradicted_claims_by_sources ON claims (independent_sources DESC, attributions DESC, id)
    WHERE contradicted = 1;
-- `query --source` looks up the claims a source asserts or denies; origins and
-- chokepoints (half the rows) are never looked up by source.
CREATE INDEX claim_sources_by_source ON claim_sources (source_index)
    WHERE role IN ('source', 'denier');
CREATE INDEX attributions_by_claim ON attributions (claim_id, position);
CREATE INDEX attributions_by_source ON attributions (source_id, position);
CREATE INDEX attribution_via_by_source ON attribution_via (source_id);
CREATE INDEX memberships_by_source ON memberships (source_id);
CREATE INDEX contradicts_by_claim ON contradicts (claim_id);
CREATE INDEX contradicts_by_other ON contradicts (other_id);

CREATE INDEX claims_by_story ON claims (story, independent_sources);
CREATE INDEX documents_by_story ON documents (story, node_index);

-- One row per story: its articles, outlets, days, first article, and how many
-- claims (and corroborated claims, two or more independent sources) it holds.
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    articles INTEGER NOT NULL,
    publishers TEXT NOT NULL,
    first_date TEXT,
    last_date TEXT,
    first_document TEXT NOT NULL,
    title TEXT,
    url TEXT,
    claims INTEGER NOT NULL,
    corroborated_claims INTEGER NOT NULL
);
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
FROM claims c JOIN claim_sources cs ON cs.claim_index = c.node_index AND cs.role = 'denier'
JOIN sources s ON s.node_index = cs.source_index
GROUP BY c.id;
