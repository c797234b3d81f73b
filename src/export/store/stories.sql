-- Run once every row is in: one row per story (`finish.sql` makes the table).
INSERT INTO stories
WITH firsts AS (
    SELECT story, min(node_index) AS first_index, count(*) AS articles,
           min(date) AS first_date, max(date) AS last_date
    FROM documents WHERE story IS NOT NULL GROUP BY story
), outlets AS (
    SELECT story, group_concat(publisher, '; ' ORDER BY publisher) AS publishers
    FROM (SELECT DISTINCT story, publisher FROM documents
          WHERE story IS NOT NULL AND publisher IS NOT NULL)
    GROUP BY story
), counts AS (
    SELECT story, count(*) AS claims, sum(independent_sources >= 2) AS corroborated
    FROM claims WHERE story IS NOT NULL GROUP BY story
)
SELECT f.story, f.articles, coalesce(o.publishers, ''), f.first_date, f.last_date, d.path,
       d.title, d.url, coalesce(n.claims, 0), coalesce(n.corroborated, 0)
FROM firsts f JOIN documents d ON d.story = f.story AND d.node_index = f.first_index
LEFT JOIN outlets o ON o.story = f.story LEFT JOIN counts n ON n.story = f.story
ORDER BY f.story;
