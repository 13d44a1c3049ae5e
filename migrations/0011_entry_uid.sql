-- A stable identifier per entry, exported with it in every format: an import of an
-- export matches its entries by it (updates them, or leaves them as they are) instead
-- of adding them again. Random, so that entries of different installations never meet.
ALTER TABLE entries ADD COLUMN uid TEXT;
UPDATE entries SET uid = {{random_hex}};
CREATE UNIQUE INDEX entries_uid ON entries (uid);
