-- Images go through review like text: an image the owner adds to an entry is
-- public only once the secretariat has published the entry after it was
-- added (`approved` = 1). Images already stored were public: they stay so.
ALTER TABLE entry_images ADD COLUMN approved BIGINT NOT NULL DEFAULT 1;
