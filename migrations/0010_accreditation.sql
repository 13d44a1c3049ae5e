-- Accredited participant categories (member states, UN agencies, ITU members) are
-- approved at once only for accounts whose e-mail address is in one of the domains
-- the secretariat lists for the category and edition; others wait for approval.
CREATE TABLE forum_accredited_domains (
    edition_id BIGINT NOT NULL REFERENCES forum_editions (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    domain TEXT NOT NULL,
    PRIMARY KEY (edition_id, category, domain)
);
